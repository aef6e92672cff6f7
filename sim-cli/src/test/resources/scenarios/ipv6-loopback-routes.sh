# A unicast IPv6 route out of lo (but for ::1's) would loop, so the kernel makes it a reject route that still
# lists as unicast and whose error is 0: ping connects and sends, and each echo request is dropped with an
# ICMPv6 "no route" from the host itself; a router whose route leads out of lo answers a forwarded packet so too.
ip netns add r
ip netns add h
ip -n r link set lo up
ip -n h link set lo up
ip -n r link add v1 type veth peer name v1h netns h
ip -n r addr add fd00:1::1/64 dev v1
ip -n h addr add fd00:1::2/64 dev v1h
ip -n r link set v1 up
ip -n h link set v1h up
ip netns exec r sysctl -w net.ipv6.conf.all.forwarding=1
ip -n h -6 route add default via fd00:1::1
ip -n r addr add fe80::c330/64 dev lo
ip -n r -6 route add fd00:30::/64 dev lo
ip -n r -6 route
ip netns exec r ping -c 2 -i 0.2 fe80::1%lo
ip netns exec r ping -c 2 -i 0.2 fd00:30::1
ip netns exec r ping -c 1 ::1
ip netns exec h ping -c 2 -i 0.2 -W 1 fd00:30::7
ip -n r -6 route get fd00:30::1
