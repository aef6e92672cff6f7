# nslab fuzz: minimal reproduction 003-ping (shrunk in 60 runs from 32 lines)
# found in scenario 120 of --seed 2002
# first difference in 'ping': kernel '', simulator 'From 10.1.126.105 icmp_seq=1 Destination Net Unreachable'
# signature: ping||From #.#.#.# icmp_seq=# Destination Net Unreachable
# replay: nslab diff 003-ping.sh
ip netns add ns1
ip netns add ns2
ip netns exec ns1 ip link add v1 type veth peer name v1p netns ns2
ip -n ns1 addr add 10.1.126.83/24 dev v1
ip -n ns1 link set v1 up
ip -n ns2 addr add 10.1.126.105/24 dev v1p
ip -n ns2 link set v1p up
ip netns exec ns2 sysctl -w net.ipv4.ip_forward=1
ip netns exec ns1 ip route add default via 10.1.126.105
ip netns exec ns1 ping -c2 -i 0.2 -W1 127.0.0.1
