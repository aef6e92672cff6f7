# net.ipv4.neigh.DEV.app_solicit: that many of a resolution's probes go to a userspace daemon (neigh_app_ns, an
# RTM_GETNEIGH notification) instead of the wire, after the unicast ones and before the broadcasts. With none
# answering, the first ARP request leaves a second later, and a resolution with no broadcast probes left fails.
ip netns add a
ip netns add b
ip link add va type veth peer name vb
ip link set va netns a
ip link set vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a sysctl -w net.ipv4.neigh.va.app_solicit=1
ip netns exec a ping -c 1 -W 1 10.0.0.2
ip -n a neigh
ip netns exec a ping -c 2 -W 1 10.0.0.2
ip -n a neigh flush dev va
ip netns exec a sysctl -w net.ipv4.neigh.va.app_solicit=2 net.ipv4.neigh.va.mcast_solicit=0
ip netns exec a ping -c 1 -w 3 10.0.0.2
ip -n a neigh
ip netns exec a sysctl -w net.ipv4.neigh.va.app_solicit=0 net.ipv4.neigh.va.mcast_solicit=3
ip netns exec a ping -c 1 -W 1 10.0.0.2
