# Reverse-path filtering (fib_validate_source): b pings a from its other address 10.0.3.2, which a routes back
# through c. rp_filter is the larger of all's and the device's value: 1 (strict) wants the route back through the
# input device, so a answers neither the echo nor b's ARP request (whose sender is 10.0.3.2): b's entry FAILS;
# 2 (loose) wants any route back, and the reply goes round through c. Without it (0) only a source that is one
# of a's own addresses is refused.
ip netns add a
ip netns add b
ip netns add c
ip link add va1 netns a type veth peer name vb1 netns b
ip link add va2 netns a type veth peer name vc2 netns c
ip link add vb3 netns b type veth peer name vc3 netns c
ip -n a addr add 10.0.1.1/24 dev va1
ip -n a addr add 10.0.2.1/24 dev va2
ip -n b addr add 10.0.1.2/24 dev vb1
ip -n b addr add 10.0.3.2/24 dev vb3
ip -n c addr add 10.0.2.2/24 dev vc2
ip -n c addr add 10.0.3.3/24 dev vc3
ip -n a link set va1 up
ip -n a link set va2 up
ip -n b link set vb1 up
ip -n b link set vb3 up
ip -n c link set vc2 up
ip -n c link set vc3 up
ip -n a route add 10.0.3.0/24 via 10.0.2.2
ip netns exec c sysctl -q -w net.ipv4.ip_forward=1
ip netns exec b ping -c 1 -W 5 -I 10.0.3.2 10.0.1.1
ip -n b neigh flush dev vb1
ip netns exec a sysctl -w net.ipv4.conf.all.rp_filter=1
ip netns exec b ping -c 1 -W 5 -I 10.0.3.2 10.0.1.1
ip -n b neigh show dev vb1
ip netns exec a sysctl -w net.ipv4.conf.va1.rp_filter=2
ip netns exec b ping -c 1 -W 5 -I 10.0.3.2 10.0.1.1
ip -n b neigh flush dev vb1
ip netns exec a sysctl -w net.ipv4.conf.all.rp_filter=0 net.ipv4.conf.va1.rp_filter=1
ip netns exec b ping -c 1 -W 5 -I 10.0.3.2 10.0.1.1
ip netns exec b ping -c 1 -W 5 10.0.1.1
ip netns exec b ping -c 1 -W 5 -I 10.0.3.2 10.0.1.1
