# The IPv6 routes the kernel makes by itself: a prefix route for each address (only once its device is up; one
# for two addresses of one prefix; kept while another permanent address holds the prefix), fe80::/64 with the
# link-local, ff00::/8 per device in the local table, a local route per address once its DAD ends (at once with
# nodad), anycast routes for the subnet-router addresses of a router, linkdown while the link is not ready, all
# gone when the device goes down; listed in the fib6 walker's order (more specific first, then by address).
ip netns add a
ip netns add b
ip -n a link set lo up
ip -n a -6 route show table all
ip -n a link add va type veth peer name vb netns b
ip -n b addr add fd00:1::9/64 dev vb
ip -n a link set va up
ip -n a -6 route show table all
ip -n a addr add fd00:1::1/64 dev va
ip -n a addr add fd00:1::2/64 dev va nodad
ip -n a addr add 2001:db8::1/48 dev va nodad
ip -n a addr add fd00:1::3/128 dev va
ip -n a -6 route show table all
ip -n b -6 route show table all
ip -n b link set vb up
# ip link show DEV asks for one link (rtnl_getlink), which runs vb's link watch event at once (linkwatch_sync_dev):
# without it vb's link would wait for the machine's link watch second, whose phase no scenario controls.
ip -n b link show vb
ip -n a -6 route
ip -n a -6 route show table local
ip -n a -6 r show dev va
ip -n a -6 route list table main dev va
ip -n b -6 route show table all
ping -c 3 -i 1 127.0.0.1 -q
ip -n a -6 route show table all
ip -n b -6 route show table all
ip -n a addr del fd00:1::2/64 dev va
ip -n a -6 route show table all
ip -n a addr del fd00:1::1/64 dev va
ip -n a -6 route show table all
ip -n b link set vb down
ip -n a -6 route show table all
ip -n b -6 route show table all
ip netns exec a sysctl -w net.ipv6.conf.all.forwarding=1
ip -n a -6 route show table local
ip netns exec a sysctl -w net.ipv6.conf.all.forwarding=0
ip -n a -6 route show table local
ip -n a -6 route show table 100
ip -n a -6 route show table nosuch
ip -n a -6 route show dev nosuch
ip -n a link set va down
ip -n a -6 route show table all
