# IPv6 through a router (IPV6.md 6 and 7): with net.ipv6.conf.all.forwarding=1 the echo is forwarded with its hop
# limit decremented (ttl=63), hop limit 1 is "Time exceeded: Hop limit", no route and an unreachable route are
# "Destination unreachable: No route" (a prohibit route "Administratively prohibited", a blackhole nothing), all from
# the router's address on the sender's link; the host's entry for the router carries the router flag, and the
# router holds STALE entries for the hosts' link-local addresses, learnt from their router solicitations. With
# forwarding back at 0 the echo is dropped silently, but a packet with no route still gets its error.
ip netns add h1
ip netns add r
ip netns add h2
ip link add a1 netns h1 type veth peer name r1 netns r
ip link add a2 netns h2 type veth peer name r2 netns r
ip -n h1 addr add fd00:1::10/64 dev a1 nodad
ip -n r addr add fd00:1::1/64 dev r1 nodad
ip -n r addr add fd00:2::1/64 dev r2 nodad
ip -n h2 addr add fd00:2::10/64 dev a2 nodad
ip netns exec r sysctl -w net.ipv6.conf.all.forwarding=1
ip -n h1 link set lo up
ip -n h2 link set lo up
ip -n r link set lo up
ip -n h1 link set a1 up
ip -n r link set r1 up
ip -n r link set r2 up
ip -n h2 link set a2 up
ip -n h1 -6 route add default via fd00:1::1
ip -n h2 -6 route add default via fd00:2::1
ip netns exec h1 ping -q -c 3 -i 1 127.0.0.1
ip netns exec h1 ping -c 2 -i 0.2 fd00:2::10
ip netns exec h1 ping -c 1 -t 1 fd00:2::10
ip netns exec h1 ping -c 1 -W 1 fd00:3::10
ip -n r -6 route add unreachable fd00:4::/64
ip -n r -6 route add prohibit fd00:5::/64
ip -n r -6 route add blackhole fd00:6::/64
ip netns exec h1 ping -c 1 -W 1 fd00:4::1
ip netns exec h1 ping -c 1 -W 1 fd00:5::1
ip netns exec h1 ping -c 1 -W 1 fd00:6::1
ip netns exec h1 ping -c 3 -i 0.2 -W 1 fd00:2::77
ip -n h1 -6 neigh
ip -n r -6 neigh
ip netns exec r sysctl -w net.ipv6.conf.all.forwarding=0
ip netns exec h1 ping -c 1 -W 1 fd00:2::10
ip netns exec h1 ping -c 1 -W 1 fd00:3::10
ip -n h1 -6 neigh
