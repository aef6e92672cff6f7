# Neighbour settings change ARP failure timing: with mcast_solicit 1 and retrans_time_ms 500 an absent host
# FAILS after 0.5 s instead of 3 s.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.1.1/24 dev va
ip -n a link set lo up
ip -n a link set va up
ip -n b link set vb up
ip netns exec a sysctl -w net.ipv4.neigh.va.mcast_solicit=1
ip netns exec a sysctl -w net.ipv4.neigh.va.retrans_time_ms=500
ip netns exec a ping -c 1 -W 2 10.0.1.99
ip -n a neigh
