# An absent host on a connected subnet: ARP gets no answer, after 3 probes (about 3 s) the neighbour entry
# FAILS and ping prints "Destination Host Unreachable" from its own address; with several probes out, all
# errors come at once and the summary ends with "pipe N". That error is delivered to ping through lo: with lo
# DOWN there is no error line, and ping waits its full -W.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.1.1/24 dev va
ip -n b addr add 10.0.1.2/24 dev vb
ip -n a link set lo up
ip -n a link set va up
ip -n b link set vb up
ip netns exec a ping -c 1 -W 5 10.0.1.99
ip -n a neigh
ip netns exec a ping -c 3 -i 0.2 10.0.1.98
ip -n a neigh show dev va
ip -n a link set lo down
ip netns exec a ping -c 1 -W 4 10.0.1.96
ip -n a neigh show dev va
