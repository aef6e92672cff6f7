# "ip route show" selectors and what print_route then leaves out: dev (no "dev"), proto (no "proto"), scope (no
# "scope"), type, metric (no "metric"), via and src (left out when given as a whole address), iif (table routes have
# none), and the prefix selectors: root (routes inside), match (routes holding it), exact (and a bare prefix);
# with the errors for bad values.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a link set lo up
ip -n a addr add 10.0.0.1/24 dev va
ip -n a link set va up
ip -n b link set vb up
ip -n a route add default via 10.0.0.2 metric 10
ip -n a route add 10.7.0.0/16 via 10.0.0.3 proto static
ip -n a route add 10.7.1.0/24 via 10.0.0.4 metric 7
ip -n a route add 10.7.1.128/25 dev va src 10.0.0.1 scope host
ip -n a route add blackhole 10.8.0.0/16
ip -n a route show dev va
ip -n a route show proto kernel
ip -n a route show proto static
ip -n a route show proto all
ip -n a route show scope link
ip -n a route show scope global
ip -n a route show scope all
ip -n a route show type blackhole
ip -n a route show type unicast
ip -n a route show metric 7
ip -n a route show via 10.0.0.3
ip -n a route show via 10.0.0.0/24
ip -n a route show src 10.0.0.1
ip -n a route show src 10.0.0.0/8
ip -n a route show iif va
ip -n a route show root 10.7.0.0/16
ip -n a route show match 10.7.1.200
ip -n a route show exact 10.7.1.0/24
ip -n a route show 10.7.0.0/16
ip -n a route show to root 10.0.0.0/8
ip -n a route show default
ip -n a route show table local type local
ip -n a route show table local src 10.0.0.1
ip -n a route show table local root 127.0.0.0/8
ip -n a route show table local match 127.0.0.1
ip -n a route show dev va proto static scope global metric 0
ip -n a route show dev nosuch
ip -n a route show iif nosuch
ip -n a route show proto bogus
ip -n a route show scope bogus
ip -n a route show type bogus
ip -n a route show metric bogus
ip -n a route show table bogus
ip -n a route show root 10.0.0.0/33
ip -n a -4 route show match bogus
ip -n a route list
ip -n a route lst
