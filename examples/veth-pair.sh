# Two namespaces joined by a veth pair: addresses on both ends, a ping across, and the neighbour entries it
# leaves (the pinger's is REACHABLE, the responder's, learnt from the ARP request and used for the reply, DELAY).

ip netns add red
ip netns add blue
ip link add veth-red type veth peer name veth-blue
ip link set veth-red netns red
ip link set veth-blue netns blue
ip -n red addr add 10.0.1.1/24 dev veth-red
ip -n blue addr add 10.0.1.2/24 dev veth-blue
ip -n red link set veth-red up
ip -n blue link set veth-blue up

ip -n red addr show dev veth-red
ip -n red route
ip -n blue route

ip netns exec red ping -c 3 -i 0.2 10.0.1.2

ip -n red neigh
ip -n blue neigh
