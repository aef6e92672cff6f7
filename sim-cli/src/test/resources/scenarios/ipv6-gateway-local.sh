# ip6_validate_gw for a gateway that is one of our own addresses: with a device given it is refused at once; without
# one, ip6_route_check_nh's fib6_lookup reads the local table first and finds the address's local route (kept
# while its device is down), so the gateway has a device and is then refused as local ("Gateway can not be a
# local address"); ::1 leads to lo ("Egress device can not be loopback device"), or nowhere while lo is down.
# (fuzz seed 1204, 001-ip-6-route-add)
ip netns add a
ip -n a link add v1 type veth
ip -n a -6 addr add nodad fd00:3::d/127 dev v1
ip -n a -6 route add fd00:20::/64 via fd00:3::d
ip -n a -6 route add fd00:21::/64 via fd00:3::d dev v1
ip -n a -6 route add fd00:22::/64 via ::1
ip -n a link set lo up
ip -n a -6 route add fd00:22::/64 via ::1
ip -n a link set v1 up
ip -n a -6 route add fd00:23::/64 via fd00:3::d
ip -n a -6 route add fd00:24::/64 via fd00:3::c
ip -n a -6 route
