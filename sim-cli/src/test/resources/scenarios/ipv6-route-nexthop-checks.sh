# An IPv6 route's device is checked as fib6_nh_init checks it: a device without IPv6 (an MTU below 1280) is no
# device, then disable_ipv6 (on the device, or on all, which every device takes), then whether it is up; a global
# gateway is looked up first (a disabled device has no routes, so no route to host).
ip netns add ns1
ip netns exec ns1 ip link add v1 type veth peer name v1p
ip netns exec ns1 sysctl -w net.ipv6.conf.v1.disable_ipv6=1
ip -n ns1 -6 route add fd00:17::/64 dev v1
ip -n ns1 link set v1 up
ip -n ns1 link set v1p up
ip -n ns1 -6 route add fd00:17::/64 dev v1
ip -n ns1 -6 route add fd00:18::/64 via fd00:17::1 dev v1
ip -n ns1 -6 route add fd00:18::/64 via fe80::1 dev v1
ip netns exec ns1 sysctl -w net.ipv6.conf.v1.disable_ipv6=0
ip -n ns1 link set v1p mtu 1200
ip -n ns1 -6 route add fd00:19::/64 dev v1p
ip netns exec ns1 sysctl -w net.ipv6.conf.all.disable_ipv6=2
ip -n ns1 link set v1p mtu 1500
ip -n ns1 link set v1p down
ip -n ns1 -6 route add fd00:20::/64 dev v1p
ip netns exec ns1 sysctl -w net.ipv6.conf.all.disable_ipv6=0
ip -n ns1 -6 route add fd00:20::/64 dev v1p
ip -n ns1 -6 route show
