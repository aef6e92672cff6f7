# A packet whose source is one of our own addresses is a martian (fib_validate_source, "within the same
# container"): b pings a from 10.9.0.1, which a has too. a drops the echo and even b's ARP request (its sender is
# 10.9.0.1), so b's entry FAILS. accept_local (all or device) takes them: a answers the ARP and the echo, whose
# reply, to an address of its own, stays in a and crosses its lo (84 bytes). With strict rp_filter too, the route
# back to 10.9.0.1 is a's lo, not va: refused again.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a addr add 10.9.0.1/32 dev lo
ip -n b addr add 10.9.0.1/32 dev lo
ip -n a link set lo up
ip -n b link set lo up
ip -n a link set va up
ip -n b link set vb up
ip netns exec b ping -c 1 -W 5 -I 10.9.0.1 10.0.0.1
ip -n b neigh show dev vb
ip -n a -s link show lo
ip netns exec a sysctl -w net.ipv4.conf.va.accept_local=1
ip netns exec b ping -c 1 -W 5 -I 10.9.0.1 10.0.0.1
ip -n b neigh show dev vb
ip -n a neigh show dev va
ip -n a -s link show lo
ip netns exec a sysctl -w net.ipv4.conf.va.rp_filter=1
ip -n b neigh flush dev vb
ip netns exec b ping -c 1 -W 5 -I 10.9.0.1 10.0.0.1
ip -n a -s link show lo
ip netns exec b ping -c 1 -W 5 10.0.0.1
ip -n a -s link show lo
