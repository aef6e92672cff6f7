# ip -6 route show cache lists the clone a packet too big made (its route, the destination, "expires 599sec mtu
# 1400"); ip -6 route flush cache forgets it (route get then shows the plain route). ip -6 route flush needs a
# selector ("ip route flush" requires arguments.), deletes every route it selects, the kernel's own too (dev,
# table main, table N that does not exist), and with -s reports its rounds (-s -s lists the routes, without the
# device it was asked for).
ip netns add h1
ip netns add r
ip netns add h2
ip link add a1 netns h1 type veth peer name r1 netns r
ip link add a2 netns h2 type veth peer name r2 netns r
ip -n r link set r2 mtu 1400
ip -n h2 link set a2 mtu 1400
ip -n h1 addr add fd00:1::10/64 dev a1 nodad
ip -n r addr add fd00:1::1/64 dev r1 nodad
ip -n r addr add fd00:2::1/64 dev r2 nodad
ip -n h2 addr add fd00:2::10/64 dev a2 nodad
ip netns exec r sysctl -w net.ipv6.conf.all.forwarding=1
ip -n h1 link set lo up
ip -n h1 link set a1 up
ip -n r link set r1 up
ip -n r link set r2 up
ip -n h2 link set a2 up
ip -n h1 -6 route add default via fd00:1::1
ip -n h2 -6 route add default via fd00:2::1
ip netns exec h1 ping -q -c 3 -i 1 127.0.0.1
ip netns exec h1 ping -q -c 3 -i 1 127.0.0.1
ip netns exec h1 ping -q -c 1 -s 1452 fd00:2::10
ip -n h1 -6 route show cache
ip -n h1 -6 route get fd00:2::10
ip -n h1 -6 route flush cache
ip -n h1 -6 route show cache
ip -n h1 -6 route get fd00:2::10
ip -n h1 -6 route flush
ip -n h1 -s -6 route flush dev lo
ip -n h1 -6 route flush dev a1
ip -n h1 -6 route
ip -n h1 -6 route show table local
ip -n r -s -s -6 route flush dev r2
ip -n r -6 route
ip -n h2 -6 route flush table main
ip -n h2 -6 route
ip -n h2 -6 route flush table 7
