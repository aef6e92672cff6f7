# nslab fuzz: minimal reproduction 015-ping (shrunk in 60 runs from 35 lines)
# found in scenario 54 of --seed 1001
# first difference in 'ping': kernel '64 bytes from 10.1.159.119: icmp_seq=1 ttl=64 time=T ms', simulator ''
# signature: ping|# bytes from #.#.#.#: icmp_seq=# ttl=# time=T ms|
# replay: nslab diff 015-ping.sh
ip netns add ns2
ip -n ns2 link set lo up
ip netns add ns3
ip -n ns2 link add v2 type veth peer name v2p netns ns3
ip netns exec ns2 ip addr add 10.1.159.119/24 dev v2
ip netns exec ns2 ip link set v2 up
ip netns exec ns3 ip addr add 10.1.159.141/24 dev v2p
ip netns exec ns3 ip link set v2p up
ip -n ns2 a add 10.1.160.107/8 dev lo
ip netns exec ns3 ping -c 1 -W 1 10.1.159.119
