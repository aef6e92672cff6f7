# nslab fuzz: minimal reproduction 009-ip-neigh-show (shrunk in 60 runs from 26 lines)
# found in scenario 294 of --seed 2002
# first difference in 'ip neigh show': kernel '10.1.128.238 dev v2 lladdr xx:xx:xx:xx:xx:xx DELAY ', simulator '$ ip addr show dev lo'
# signature: ip neigh show|#.#.#.# dev v# lladdr xx:xx:xx:xx:xx:xx DELAY |<next>
# replay: nslab diff 009-ip-neigh-show.sh
ip netns add ns2
ip netns add ns3
ip netns exec ns2 ip link add v2 type veth peer name v2p netns ns3
ip -n ns2 addr add 10.1.128.137/24 dev v2
ip -n ns2 link set v2 up
ip -n ns3 addr add 10.1.128.238/24 dev v2p
ip -n ns3 link set v2p up
ip netns exec ns3 ping -I10.1.128.238 -i 0.2 -w 1 10.1.128.137
ip -n ns3 link set v2p down
ip netns exec ns2 ip n
