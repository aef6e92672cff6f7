# nslab fuzz: minimal reproduction 044-ip-neigh-show (shrunk in 60 runs from 34 lines)
# found in scenario 421 of --seed 1001
# first difference in 'ip neigh show': kernel '$ ip netns exec ns1 ip addr a 10.1.54.28/32 broadcast 10.1.54.29 dev lo', simulator '10.1.51.250 lladdr xx:xx:xx:xx:xx:xx REACHABLE '
# signature: ip neigh show|<next>|#.#.#.# lladdr xx:xx:xx:xx:xx:xx REACHABLE 
# replay: nslab diff 044-ip-neigh-show.sh
ip netns add ns3
ip netns add ns4
ip -n ns3 link add v3 type veth peer name v3p netns ns4
ip -n ns3 addr add 10.1.51.250/24 dev v3
ip -n ns3 link set v3 up
ip netns exec ns4 ip addr add 10.1.51.82/24 dev v3p
ip netns exec ns4 ip link set v3p up
ip netns exec ns4 ping -c 1 -W 1 10.1.51.250
ip -n ns4 link set v3p address 02:35:c6:ef:db:86
ip -n ns4 neigh show dev v3p
