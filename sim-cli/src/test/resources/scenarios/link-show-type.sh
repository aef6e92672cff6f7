# "ip link show type KIND": veth, bridge, tun (a tap's kind), KIND_slave for ports (bridge_slave), a kind no device
# has (nothing, exit 0; lo has no kind at all), with a device and with -br.
ip netns add a
ip -n a link add va type veth peer name vb
ip -n a link add br0 type bridge
ip -n a tuntap add dev t0 mode tap
ip -n a link set va master br0
ip -n a link show type veth
ip -n a -br link show type bridge
ip -n a link show type tun
ip -n a link show type bridge_slave
ip -n a -br link show type foo
ip -n a link show type dummy
ip -n a link show type
ip -n a -br link show type veth up
ip -n a link show dev va type veth
ip -n a link show va type bridge
ip -n a -br link show type _slave
ip -n a link set br0 up
ip -n a -br link show type bridge up
