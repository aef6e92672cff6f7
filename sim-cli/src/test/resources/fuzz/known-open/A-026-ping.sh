# nslab fuzz: minimal reproduction 026-ping (shrunk in 60 runs from 34 lines)
# found in scenario 167 of --seed 1001
# first difference in 'ping': kernel 'From 10.1.107.171: icmp_seq=1 Redirect Host(New nexthop: 10.1.107.243)', simulator ''
# signature: ping|From #.#.#.#: icmp_seq=# Redirect Host(New nexthop: #.#.#.#)|
# replay: nslab diff 026-ping.sh
ip netns add ns1
ip netns add ns2
ip -n ns1 link add v2 type veth peer name v2p netns ns2
ip -n ns1 addr add 10.1.107.243/24 dev v2
ip -n ns1 link set v2 up
ip -n ns2 addr add 10.1.107.171/24 dev v2p
ip -n ns2 link set v2p up
ip netns exec ns2 sysctl -w net.ipv4.ip_forward=1
ip -n ns1 route add 10.1.108.0/24 via 10.1.107.171
ip -n ns2 route replace 10.1.108.205/32 via 10.1.107.243
ip -n ns2 address del 10.1.108.160/24 dev v3
ip -n ns3 neigh flush dev v3p
ip netns exec ns1 ping -i 0.2 -w 1 10.1.108.205
