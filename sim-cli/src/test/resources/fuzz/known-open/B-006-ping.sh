# nslab fuzz: minimal reproduction 006-ping (shrunk in 60 runs from 34 lines)
# found in scenario 222 of --seed 2002
# first difference in 'ping': kernel '', simulator 'From 10.1.55.211 icmp_seq=1 Time to live exceeded'
# signature: ping||From #.#.#.# icmp_seq=# Time to live exceeded
# replay: nslab diff 006-ping.sh
ip netns add ns1
ip netns add ns2
ip -n ns1 link add v1 type veth peer name v1p netns ns2
ip netns exec ns1 ip addr add 10.1.55.94/24 dev v1
ip netns exec ns1 ip link set v1 up
ip netns exec ns2 ip addr add 10.1.55.211/24 dev v1p
ip netns exec ns2 ip link set v1p up
ip netns exec ns2 sysctl -w net.ipv4.ip_forward=1
ip -n ns1 route add default via 10.1.55.211
ip -n ns2 r add default via 10.1.55.115 dev v1p
ip netns exec ns1 ping -t 1 -W 1 127.1.2.3 -s 8 -c 1
