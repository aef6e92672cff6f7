# ip -s -s link adds iproute2 6.1's "RX errors:" and "TX errors:" lines: length, crc, frame, fifo and overrun
# errors, aborted, fifo, window and heartbeat errors, and transns, the carrier changes (IFLA_CARRIER_CHANGES): a
# veth and a tap count the carrier their driver turns off at creation, lo and a bridge start with carrier; a
# bridge's carrier follows its forwarding ports once it has had one. Devices that never carry IPv6 traffic, so the figures are exact.
ip netns add a
ip -n a -s -s link show lo
ip -n a link set lo up
ip netns exec a ping -c 3 -q 127.0.0.1
ip -n a -s -s link show lo
ip -n a link add va type veth peer name vb
ip -n a -s -s link show va
ip -n a link set va up
ip -n a -s -s link show va
ip -n a link add br0 type bridge
ip -n a -s -s link show br0
ip -n a link set vb master br0
ip -n a -s -s link show br0
ip -n a -s -s -o link show br0
ip -n a link set vb nomaster
ip -n a -s -s link show br0
ip -n a -s link show va
ip tuntap add dev t0 mode tap
ip link set t0 up
ip -s -s link show t0
