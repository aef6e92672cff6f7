# An IPv6 route's gateway is checked as ip6_validate_gw checks it: with a device given, not a local address (a
# link-local one on that device, another anywhere); only unicast; a link-local one needs its device; another needs
# the main table's most specific route for it to lead straight to a link (not lo, not via a gateway, out of the
# device given); the device then must not be lo; without a device given the local check comes last.
ip netns add ns1
ip -n ns1 link add v1 type veth peer v1p
ip -n ns1 link set lo up
ip -n ns1 addr add fe80::2332/64 dev v1
ip -n ns1 -6 route add fd00:24::/128 via fe80::2332
ip -n ns1 -6 route add fd00:24::/128 via fe80::2332 dev v1
ip -n ns1 -6 route add fd00:24::/128 via fe80::2332 dev v1p
ip -n ns1 -6 route add fd00:25::/128 via fe80::1 dev lo
ip -n ns1 -6 route add fd00:30::/64 dev lo
ip -n ns1 -6 route add fd00:26::/128 via fd00:30::1
ip -n ns1 -6 addr add fd00:31::1/128 dev v1p
ip -n ns1 -6 route add fd00:27::/128 via fd00:31::1
ip -n ns1 -6 route add fd00:27::/128 via fd00:31::1 dev v1
ip -n ns1 -6 route add fd00:28::/128 via ff02::1 dev v1
ip -n ns1 link set v1 up
ip -n ns1 link set v1p up
ip -n ns1 -6 route add fd00:40::/64 dev v1
ip -n ns1 -6 route add fd00:40::/48 dev v1p
ip -n ns1 -6 route add fd00:41::/128 via fd00:40::1 dev v1p
ip -n ns1 -6 route add fd00:41::/128 via fd00:40::1
ip -n ns1 -6 route add fd00:42::/128 via fd00:40:0:1::1
ip -n ns1 -6 route show table main
