# A bridge's own carrier events are not urgent (its iflink is its own index): its operstate waits for linkwatch's
# once-a-second run, and a bridge keeps UNKNOWN until an event of its is handled. Its ports forward once their own
# operstate is up (br_port_carrier_check on their NETDEV_CHANGE).
ip netns add c
ip -n c link add br0 type bridge
ip -n c link set br0 up
ip -n c -br link
ip -n c link add p0 type veth peer p1
ip -n c link set p0 master br0
ip -n c -br link
ip -n c link set p0 up
ip -n c link set p1 up
ip -n c -br link
ip -n c link set p1 down
ip -n c -br link
ping -c 3 -i 0.5 -q 127.0.0.1
ip -n c -br link
ip -n c link set p1 up
ip -n c -br link
ip -n c link show br0
ip -n c link set br0 down
ip -n c link set br0 up
ip -n c -br link
