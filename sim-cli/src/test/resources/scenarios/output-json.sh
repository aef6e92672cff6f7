# ip -j (compact JSON, as iproute2 6.1's json_writer prints it) for every list nslab emulates: links (veth pair
# across namespaces, a veth pair inside one with its M-DOWN peer, a bridge with a port, a tap), brief links,
# addresses (secondary, broadcast, -4, -br, -o), link statistics, routes of several types and tables, route get,
# a neighbour after a ping, rules, namespaces and their ids, and empty lists.
ip netns add a
ip netns add b
ip -n a -j route show
ip -n a -j neigh show
ip link add va netns a type veth peer name vb netns b
ip -n a link add vc type veth peer name vd
ip -n a link add br0 type bridge
ip -n a link set vc master br0
ip -n a tuntap add dev t0 mode tap
ip -n a link set lo up
ip -n a addr add 10.0.6.1/24 dev va
ip -n a addr add 10.0.6.2/24 dev va
ip -n a addr add 10.0.7.1/16 brd + dev va
ip -n a link set va up
ip -n b link set vb up
ip -n b addr add 10.0.6.9/24 dev vb
ip -n a route add 10.9.0.0/16 via 10.0.6.9
ip -n a route add blackhole 10.10.0.0/16
ip -n a route add unreachable 10.12.0.0/16 metric 7
ip -n a route add 10.11.0.0/16 via 10.0.6.9 table 100
ip -n a rule add from 10.0.6.0/24 table 100
ip -n a rule add not to 10.1.2.3 iif nosuch prohibit pref 40000
ip netns exec a ping -c1 -q 10.0.6.9
ip netns exec a ping -c1 -q 127.0.0.1
ip -n a -j link show
ip -n a -j -br link
ip -n a -j link show dev vc
ip -n a -j -s link show dev lo
ip -n a -j -s -s link show dev lo
ip -n a -j addr show
ip -n a -j -4 addr
ip -n a -j -br addr
ip -n a -j -br -4 addr show dev va
ip -n a -j -o -4 addr
ip -n a -j route show
ip -n a -4 -j route show table all
ip -n a -j route show table local dev lo
ip -n a -j route get 10.9.1.1
ip -n a -j route get 10.0.6.1
ip -n a -j route get 10.0.6.9 from 10.0.6.2
ip -n a -j neigh show
ip -n a -j neigh show dev va
ip -n a -j rule show
ip -j netns list
ip -n a -j netns list-id
