# nslab fuzz: minimal reproduction 001-ping (shrunk in 80 runs from 13 lines)
# found in scenario 345 of --seed 505
# first difference in 'ping': kernel 'From 10.1.130.172: icmp_seq=1 Redirect Host(New nexthop: 10.1.130.169)', simulator ''
# signature: ping|From #.#.#.#: icmp_seq=# Redirect Host(New nexthop: #.#.#.#)|
# replay: nslab diff 001-ping.sh
sysctl net.ipv4.conf.all.forwarding=1
ip netns add ns1
ip link add v1 type veth peer v1p netns ns1
ip addr add 10.1.130.172/24 dev v1
ip link set v1 up
ip netns exec ns1 ip addr add 10.1.130.86/24 dev v1p
ip -n ns1 link set v1p up
ip -n ns1 route add default via 10.1.130.172 dev v1p table 1000
ip netns exec ns1 ip rule add iif lo table 1000
ip netns exec ns1 ping -c 1 -W 1 10.1.130.169
