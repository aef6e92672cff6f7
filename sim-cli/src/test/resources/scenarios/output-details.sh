# ip -d route: print_route shows every route's type (unicast too), protocol (boot too) and scope (global too),
# and names the main table when the list is not of one table; -j -d likewise.
ip netns add a
ip -n a link add va type veth peer name vb
ip -n a link set lo up
ip -n a link set va up
ip -n a link set vb up
ip -n a addr add 10.0.6.1/24 dev va
ip -n a route add 10.9.0.0/16 via 10.0.6.9
ip -n a route add blackhole 10.10.0.0/16
ip -n a route add 10.11.0.0/16 via 10.0.6.9 table 100 metric 5
ip -n a -d route show
ip -n a -d route show table local
ip -n a -d route show table 100
ip -n a -4 -d route show table all
ip -n a -d -j route show
