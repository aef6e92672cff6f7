# Policy routing through the rules, locally and on a router: source routing (a "from" rule sees the address a
# socket is bound to, ping -I ADDR, and ip_route_connect's second lookup with the chosen source), iif and oif rules,
# throw routes handing the lookup on, rule actions stopping it (unreachable is Network is unreachable where an
# unreachable route is No route to host), and the local table looked up first once the rules are custom: before a
# rule, a longer main route wins over local 127/8 (the tables are merged), after one it does not.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip link add vc netns a type veth peer name vd netns b
ip -n a link set lo up
ip -n b link set lo up
ip -n a addr add 10.0.0.1/24 dev va
ip -n a addr add 10.1.0.1/24 dev vc
ip -n b addr add 10.0.0.2/24 dev vb
ip -n b addr add 10.1.0.2/24 dev vd
ip -n b addr add 10.9.9.9/32 dev lo
ip -n a link set va up
ip -n a link set vc up
ip -n b link set vb up
ip -n b link set vd up
ip -n b route add default via 10.0.0.1
ip -n a route add 127.1.0.0/16 dev va
ip -n a route get 127.1.2.3
ip -n a route get 10.0.0.1
ip -n a route add 10.9.9.9 via 10.0.0.2
ip -n a route add 10.9.9.9 via 10.1.0.2 table 100
ip -n a rule add from 10.1.0.1 table 100
ip -n a route get 127.1.2.3
ip -n a route get 10.0.0.1
ip -n a route get 10.9.9.9
ip -n a route get 10.9.9.9 from 10.1.0.1
ip netns exec a ping -c 1 -I 10.1.0.1 10.9.9.9
ip netns exec a ping -c 1 10.9.9.9
ip -n a neigh show dev vc
ip -n a route replace throw 10.9.9.9 table 100
ip -n a route get 10.9.9.9 from 10.1.0.1
ip -n a route add 10.9.9.0/24 via 10.1.0.2 table 100
ip -n a route get 10.9.9.9 from 10.1.0.1
ip -n a route get 10.9.9.8 from 10.1.0.1
ip -n a rule add to 10.20.0.0/16 unreachable pref 10
ip -n a rule add to 10.21.0.0/16 prohibit pref 11
ip -n a rule add to 10.22.0.0/16 blackhole pref 12
ip -n a rule add oif vc to 10.23.0.0/16 unreachable pref 13
ip -n a route add 10.23.0.0/16 via 10.0.0.2
ip -n a route get 10.20.0.1
ip -n a route get 10.21.0.1
ip -n a route get 10.22.0.1
ip -n a route get 10.23.0.1
ip -n a route get 10.23.0.1 oif vc
ip netns exec a ping -c 1 10.20.0.1
ip netns exec a ping -c 1 10.21.0.1
ip netns exec a ping -c 1 10.22.0.1
ip -n a rule add iif lo to 10.24.0.0/16 prohibit pref 14
ip -n a route get 10.24.0.1
ip -n a route get 10.24.0.1 from 10.0.0.2 iif va
ip -n a rule del pref 0
ip -n a route get 10.0.0.1
ip netns exec a ping -c 1 -W 1 10.0.0.1
ip -n a rule add pref 32000 lookup local
ip -n a route get 10.0.0.1
ip -n a rule
