# ip -6 route add|replace|del as ip6_route_add and ip6_route_del answer them: a gateway must be on a link the
# table reaches directly (No route to host otherwise), not one of our addresses, and a link-local one needs its
# device; metric 1024 and proto boot unless given; a second route of the same prefix and metric exists already,
# and replace takes its place; reject routes hang on lo; del takes the first route its words match (No such
# process, or No such file or directory for the default); the device going down takes its routes with it.
ip netns add a
ip netns add b
ip -n a link add va type veth peer name vb netns b
ip -n a link add vx type veth peer name vy
ip -n a link set lo up
ip -n a link set va up
ip -n b link set vb up
ip -n a addr add fd00:1::1/64 dev va nodad
ip -n b addr add fd00:1::2/64 dev vb nodad
ip -n a -6 route add fd00:2::/64 via fd00:1::2
ip -n a -6 route add fd00:2::/64 via fd00:1::2
ip -n a -6 route add fd00:2::/64 via fd00:1::2 metric 10
ip -n a -6 route add default via fd00:1::2
ip -n a -6 route add fd00:3::/64 via fd00:1::1
ip -n a -6 route add fd00:4::/64 via fd00:1::2 dev lo
ip -n a -6 route add fd00:4::/64 via fd00:9::1
ip -n a -6 route add fd00:5::/64 dev vx
ip -n a -6 route add fd00:5::1/64 dev va
ip -n a -6 route add fd00:6::/64 dev nosuch
ip -n a -6 route add 10.0.0.0/8 dev va
ip -n a -6 route add unreachable fd00:66::/64 via fd00:1::2
ip -n a -6 route add blackhole fd00:67::/64
ip -n a -6 route add prohibit fd00:68::/64 metric 7
ip -n a -6 route add fd00:2::/64 dev va metric 10
ip -n a -6 route replace fd00:2::/64 dev va metric 10
ip -n a -6 route replace fd00:9::/64 via fd00:1::2 metric 3
ip -n a -6 route add fd00:1::/64 dev va
ip -n a -6 route add fd00:1::/64 dev va metric 256
ip -n a -6 route add fd00:10::/64 via fe80::2 dev va
ip -n a -6 route add fd00:10::/64 via fe80::2
ip -n a -6 route add fd00:11::/64 dev va proto static
ip -n a -6 route add fd00:12::5/128 dev va metric 0x10
ip -n a -6 route
ip -n a -6 route show table all
ip -n a -6 route del fd00:2::/64 metric 10
ip -n a -6 route del fd00:2::/64 via fd00:1::3
ip -n a -6 route del fd00:2::/64 dev lo
ip -n a -6 route del fd00:2::/64
ip -n a -6 route del fd00:2::/64
ip -n a -6 route del default via fd00:1::2
ip -n a -6 route del default
ip -n a -6 route del unreachable fd00:66::/64
ip -n a -6 route del fd00:67::/64
ip -n a -6 route del prohibit fd00:68::/64 metric 8
ip -n a -6 route
ip -n b link set vb down
ip -n a link show va
ip -n a -6 route
ip -n a link set va down
ip -n a -6 route
