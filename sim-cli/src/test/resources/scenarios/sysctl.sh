# sysctl reads and writes in namespaces: ip_forward per namespace, neighbour settings (default and per device).
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip netns exec a sysctl net.ipv4.ip_forward
ip netns exec a sysctl -w net.ipv4.ip_forward=1
ip netns exec a sysctl net.ipv4.ip_forward
ip netns exec b sysctl net.ipv4.ip_forward
ip netns exec a sysctl net.ipv4.neigh.default.mcast_solicit
ip netns exec a sysctl net.ipv4.neigh.default.ucast_solicit
ip netns exec a sysctl net.ipv4.neigh.default.retrans_time_ms
ip netns exec a sysctl net.ipv4.neigh.default.base_reachable_time_ms
ip netns exec a sysctl net.ipv4.neigh.default.delay_first_probe_time
ip netns exec a sysctl net.ipv4.neigh.va.mcast_solicit
ip netns exec a sysctl -w net.ipv4.neigh.va.mcast_solicit=1
ip netns exec a sysctl net.ipv4.neigh.va.mcast_solicit
ip netns exec b sysctl net.ipv4.neigh.vb.mcast_solicit
ip netns exec a sysctl -w net.ipv4.ip_forward=0
sysctl net.ipv4.ip_forward
