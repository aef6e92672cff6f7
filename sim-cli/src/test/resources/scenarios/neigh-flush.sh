# The neighbour table: entries after a ping, "show dev", and "flush dev" (which removes them).
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.1.1/24 dev va
ip -n b addr add 10.0.1.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip -n a neigh
ip netns exec a ping -c 1 10.0.1.2
ip netns exec a ping -c 1 -W 1 10.0.1.77
ip -n a n
ip -n a neigh show dev va
ip -n a neigh flush dev va
ip -n a neigh
ip -n b neigh flush dev vb
ip -n b neigh show dev vb
