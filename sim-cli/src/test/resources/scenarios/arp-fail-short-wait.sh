# ARP failure with -W 1: ping gives up after 1 s, before the neighbour entry fails (about 3 s), so there is no
# "Destination Host Unreachable" line, just 100% loss; the entry is still INCOMPLETE.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.1.1/24 dev va
ip -n b addr add 10.0.1.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a ping -c 1 -W 1 10.0.1.99
ip -n a neigh
ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.1.97
ip -n a neigh show dev va
