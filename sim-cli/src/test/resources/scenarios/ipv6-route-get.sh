# ip -6 route get: our own addresses through lo by their local routes, multicast by the device's ff00::/8, the
# rest by the most specific main route (through dev when given); the source the kernel picks (RFC 6724 as
# ipv6_dev_get_saddr scores it: no tentative address, the smallest scope not below the destination's, the
# outgoing device, the same label, the longest common prefix, the newest on a tie); the reject routes' errors.
ip netns add a
ip netns add b
ip -n a link add va type veth peer name vb netns b
ip -n a link add vc type veth peer name vd
ip -n a link set lo up
ip -n a link set va up
ip -n b link set vb up
ip -n a link set vc up
ip -n a link set vd up
ip -n a addr add fd00:1::1/64 dev va nodad
ip -n a addr add fd00:1::7/64 dev va nodad
ip -n a addr add 2001:db8:1::1/64 dev vc nodad
ip -n a addr add fd00:9::9/128 dev lo
ip -n a -6 route add 2001:db8:9::/48 via fd00:1::2
ip -n a -6 route add default via fd00:1::3 metric 100
ip -n a -6 route add unreachable fd00:66::/64
ip -n a -6 route add blackhole fd00:67::/64
ip -n a -6 route add prohibit fd00:68::/64
ip -n a -6 route get fd00:1::5
ip -n a -6 route get 2001:db8:9::1
ip -n a -6 route get 2001:db8:1::9
ip -n a -6 route get 3000::1
ip -n a -6 route get fd00:9::9
ip -n a -6 route get fd00:1::7
ip -n a -6 route get ::1
ip -n a -6 route get fe80::1 dev va
ip -n a -6 route get ff02::2 dev va
ip -n a -6 route get ::
ip -n a -6 route get fd00:1::5 dev vc
ip -n a -6 route get fd00:1::5 from fd00:1::1
ip -n a -6 route get 10.0.0.1
ip -n a -6 route get fd00:1::/64
ip -n a -6 route get to fd00:1::5 oif va
ip -n a -6 route get fd00:66::1
ip -n a -6 route get fd00:67::1
ip -n a -6 route get fd00:68::1
ip -n a -6 route get fd00:1::5 dev nosuch
# With dev the lookup is strict: our own address only through its own device (fuzz, CI's fresh seed 1796181672246).
ip -n a -6 route get fd00:1::1 dev va
ip -n a -6 route get fd00:1::1 dev vc
ip -n a -6 route get ::1 dev va
ip -n a -6 route get ::1 dev lo
ip -n b -6 route get fd00:1::1
ping -c 4 -i 1 127.0.0.1 -q
ip -n a -6 route get fe80::1 dev va
ip -n a -6 route get fe80::1 dev vc
ip -n b -6 route get fe80::1
