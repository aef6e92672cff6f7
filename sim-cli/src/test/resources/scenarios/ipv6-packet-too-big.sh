# Packet too big (RFC 8201, IPV6.md 6): a router does not fragment what it forwards; a packet bigger than the next
# link (MTU 1400) is answered "Packet too big: mtu=1400" (never rate limited), which ping counts as an error and
# the sender keeps as the path MTU for 600 s: ip -6 route get shows the cached route with "expires 599sec mtu
# 1400", and the next pings go in 1400-byte fragments; -M do then refuses above 1400 with mtu: 1400.
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
ip netns exec h1 ping -c 3 -i 0.2 -s 1452 fd00:2::10
ip -n h1 -6 route get fd00:2::10
ip netns exec h1 ping -c 2 -i 0.2 -s 3000 fd00:2::10
ip netns exec h1 ping -c 1 -M do -s 1400 fd00:2::10
ip -n h1 -s link show a1
ip -n h2 -s link show a2
