# nslab fuzz: minimal reproduction 017-ip-neigh-show (shrunk in 40 runs from 27 lines)
# found in scenario 1069 of --seed 3003
# first difference in 'ip neigh show': kernel '10.1.99.31 lladdr xx:xx:xx:xx:xx:xx REACHABLE ', simulator '$ ip -n ns2 addr a 10.1.99.116/32 dev v1p'
# signature: ip neigh show|#.#.#.# lladdr xx:xx:xx:xx:xx:xx REACHABLE |<next>
# replay: nslab diff 017-ip-neigh-show.sh
ip netns add ns1
ip netns add ns2
ip netns exec ns1 ip link add v1 type veth peer name v1p netns ns2
ip -n ns1 addr add 10.1.99.51/24 dev v1
ip netns exec ns1 ip link set v1 up
ip -n ns2 addr add 10.1.99.31/24 dev v1p
ip netns exec ns2 ip link set v1p up
ip -n ns2 addr add 10.1.2.256/24 dev lo
ip netns exec ns1 ping -q -l3 -c1 -W 1 10.1.99.31
ip -n ns3 a add 127.0.0.2/8 dev lo
ip -n ns2 link set v1p down
ip netns exec ns2 sysctl -w net/ipv4/ip_default_ttl=0
ip -n ns1 neigh show dev v1
