# A path-MTU exception in the forms scripts read: a router's packet too big leaves a clone (RTF_CACHE) that
# ip -6 route get and ip -6 route show cache list with its expiry and MTU, in JSON as "expires" and
# "metrics":[{"mtu":N}]; a clone shows neither protocol nor scope, even with -d.
ip netns add a
ip netns add r
ip netns add b
ip link add va netns a type veth peer name vr netns r
ip link add wb netns b type veth peer name wr netns r
ip -n a link set lo up
ip -n r link set lo up
ip -n b link set lo up
ip -n a link set va up
ip -n r link set vr up
ip -n r link set wr up
ip -n b link set wb up
ip -n r link set wr mtu 1300
ip -n b link set wb mtu 1300
ip -n r addr add 2001:db8::1/64 dev vr nodad
ip -n a addr add 2001:db8::2/64 dev va nodad
ip -n r addr add 2001:db8:1::1/64 dev wr nodad
ip -n b addr add 2001:db8:1::2/64 dev wb nodad
ip -n a route add default via 2001:db8::1
ip -n b route add default via 2001:db8:1::1
ip netns exec r sysctl -q -w net.ipv6.conf.all.forwarding=1
ip netns exec a ping -c 2 -s 1400 2001:db8:1::2
ip -n a -6 route get 2001:db8:1::2
ip -n a -6 -j route get 2001:db8:1::2
ip -n a -6 -j -p route get 2001:db8:1::2
ip -n a -6 route show cache
ip -n a -6 -j route show cache
ip -n a -6 -d route show cache
ip -n a -6 -j route get ::1
ip -n a -6 route get ::1
ip -n a -6 -j route get fe80::1 dev va
ip -n a -6 -j route show table all dev lo
ip -n a -6 -d -j route
