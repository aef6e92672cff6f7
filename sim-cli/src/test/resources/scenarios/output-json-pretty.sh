# ip -j -p: json_writer's pretty layout, four spaces a level, "[ {" and "} ]" around a list of objects, "},{"
# between them, arrays of strings on one line, empty arrays as "[ ]".
ip netns add a
ip netns add b
ip -j -p netns list
ip link add va netns a type veth peer name vb netns b
ip -n a link add br0 type bridge
ip -n a link add vc type veth peer name vd
ip -n a link set vc master br0
ip -n a link set lo up
ip -n a addr add 10.0.6.1/24 dev va
ip -n a addr add 10.0.6.2/24 dev va
ip -n a link set va up
ip -n b link set vb up
ip -n b addr add 10.0.6.9/24 dev vb
ip -n a route add 10.9.0.0/16 via 10.0.6.9 proto static
ip -n a rule add from 10.0.6.0/24 table 100
ip netns exec a ping -c1 -q 10.0.6.9
ip -n a -j -p link show
ip -n a -j -p -br link
ip -n a -j -p -s link show dev lo
ip -n a -j -p addr show
ip -n a -j -p -br addr
ip -n a -j -p -4 -o addr show dev va
ip -n a -j -p route show
ip -n a -j -p route get 10.9.1.1
ip -n a -j -p neigh show
ip -n a -j -p rule show
ip -p -n a route show
