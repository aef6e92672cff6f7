# ip -o: one line per object, the continuation lines joined with a backslash as iproute2's _SL_ does. ip -o addr
# leaves out the link lines and prints IDX: DEV before each address; devices without addresses print nothing.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a link add br0 type bridge
ip -n a link set lo up
ip -n a addr add 10.0.6.1/24 dev va
ip -n a addr add 10.0.6.2/24 dev va
ip -n a addr add 10.0.7.1/16 brd + dev va
ip -n a link set va up
ip -n b link set vb up
ip -n b addr add 10.0.6.9/24 dev vb
ip netns exec a ping -c1 -q 127.0.0.1
ip -n a -o link
ip -n a -o -s link show dev lo
ip -n a -o -4 addr
ip -n a -o -4 addr show dev va
ip -n a -o -4 addr show secondary
ip -n a -o -br -4 addr
ip -n a -o route
ip -n a -o route get 10.0.6.9
ip -n a -o route get 10.0.6.1
ip -n a -o neigh
ip -n a -o rule
