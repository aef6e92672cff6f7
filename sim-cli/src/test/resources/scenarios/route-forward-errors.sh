# A router forwarding into each kind of route and rule, and the ICMP error the kernel sends back (each ping from
# its own source address, as these errors are rate-limited per source): unreachable route "Destination Host
# Unreachable", prohibit "Packet filtered", blackhole nothing, throw and no route "Destination Net Unreachable",
# unreachable rule "Net Unreachable", prohibit rule "Packet filtered", blackhole rule nothing; without forwarding,
# nothing at all. An iif rule sends traffic from one interface through its own table.
ip netns add a
ip netns add r
ip netns add c
ip link add ar netns a type veth peer name ra netns r
ip link add rc netns r type veth peer name cr netns c
ip -n a addr add 10.0.2.2/24 dev ar
ip -n a addr add 10.0.2.3/24 dev ar
ip -n a addr add 10.0.2.4/24 dev ar
ip -n a addr add 10.0.2.5/24 dev ar
ip -n a addr add 10.0.2.6/24 dev ar
ip -n a addr add 10.0.2.7/24 dev ar
ip -n a addr add 10.0.2.8/24 dev ar
ip -n a addr add 10.0.2.9/24 dev ar
ip -n a addr add 10.0.2.10/24 dev ar
ip -n a addr add 10.0.2.11/24 dev ar
ip -n r addr add 10.0.2.1/24 dev ra
ip -n r addr add 10.0.3.1/24 dev rc
ip -n c addr add 10.0.3.2/24 dev cr
ip -n a link set ar up
ip -n r link set ra up
ip -n r link set rc up
ip -n c link set cr up
ip -n a route add default via 10.0.2.1
ip -n c route add default via 10.0.3.1
ip -n r route add unreachable 10.9.0.0/24
ip -n r route add prohibit 10.9.1.0/24
ip -n r route add blackhole 10.9.2.0/24
ip -n r route add throw 10.9.3.0/24
ip netns exec a ping -c 1 -W 1 -I 10.0.2.2 10.9.0.1
ip netns exec r sysctl -w net.ipv4.ip_forward=1
ip netns exec a ping -c 1 -W 1 -I 10.0.2.3 10.9.0.1
ip netns exec a ping -c 1 -W 1 -I 10.0.2.4 10.9.1.1
ip netns exec a ping -c 1 -W 1 -I 10.0.2.5 10.9.2.1
ip netns exec a ping -c 1 -W 1 -I 10.0.2.6 10.9.3.1
ip netns exec a ping -c 1 -W 1 -I 10.0.2.7 10.9.8.1
ip -n r rule add iif ra to 10.9.5.0/24 unreachable
ip -n r rule add iif ra to 10.9.6.0/24 prohibit
ip -n r rule add iif ra to 10.9.7.0/24 blackhole
ip -n r rule add iif ra to 10.0.3.0/24 lookup 50
ip -n r route add 10.0.3.0/24 via 10.0.3.2 table 50
ip netns exec a ping -c 1 -W 1 -I 10.0.2.8 10.9.5.1
ip netns exec a ping -c 1 -W 1 -I 10.0.2.9 10.9.6.1
ip netns exec a ping -c 1 -W 1 -I 10.0.2.10 10.9.7.1
ip netns exec a ping -c 1 -W 1 -I 10.0.2.11 10.0.3.2
ip -n r route get 10.0.3.2 from 10.0.2.11 iif ra
ip -n r route get 10.9.5.1 from 10.0.2.11 iif ra
ip -n r route get 10.9.0.1 from 10.0.2.11 iif ra
ip -n r neigh show dev rc
