# IPv6 route and neighbour lists in the forms scripts read (iproute2 6.1): -j and -j -p (print_route's JSON:
# type, dst, gateway, dev, table, protocol, scope, metric, the flags array and RTA_PREF's "pref"; a neighbour's
# "router":null), -o, and -d (every route's type, protocol and scope, "scope global" for all of IPv6). The
# routes are added without -6: iproute_modify's first address sets the family, as it does for ip route get and
# del.
ip netns add a
ip netns add r
ip link add va netns a type veth peer name vr netns r
ip -n a link set va up
ip -n r link set vr up
ip -n a link set lo up
ip -n r addr add 2001:db8::1/64 dev vr nodad
ip -n a addr add 2001:db8::2/64 dev va nodad
ip -n r route add 2001:db8:5::/48 via 2001:db8::2 metric 50
ip -n r route add unreachable 2001:db8:6::/48
ip -n r route add blackhole 2001:db8:7::/48 proto static
ip netns exec r sysctl -q -w net.ipv6.conf.all.forwarding=1
ip netns exec a ping -c 1 2001:db8::1
ip -n a -6 -j route
ip -n r -6 -j -p route
ip -n r -6 -j route show table local
ip -n r -6 -o route
ip -n r -6 -d route
ip -n r -6 -d route show table local
ip -n r -6 -j route get 2001:db8:5::1
ip -n r -6 -j route get 2001:db8::2
ip -n a -6 -j neigh
ip -n r -6 -j neigh
ip -n r -6 -j -p neigh
ip -n a -6 -o neigh
ip -n a -j neigh
ip -n r -6 -j route show table all
ip route get 2001:db8::1
ip -n a route get 2001:db8::1
ip -n r route del 2001:db8:7::/48
ip -n a route add default via fe80::1 dev va
ip -n a -j route get 2001:db8:9::1
ip -n r -6 -o route
