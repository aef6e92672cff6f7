# Three namespaces joined pairwise (a cycle of three): the wire between the two that share a column loops in
# the gap on their right. One link is down at one end, so the other end has no carrier.
ip netns add a
ip netns add b
ip netns add c
ip link add ab netns a type veth peer name ba netns b
ip link add bc netns b type veth peer name cb netns c
ip link add ca netns c type veth peer name ac netns a
ip -n a link set ab up
ip -n b link set ba up
ip -n b link set bc up
ip -n c link set cb up
ip -n c link set ca up
ip -n a addr add 10.3.1.1/24 dev ab
ip -n b addr add 10.3.1.2/24 dev ba
