# nslab fuzz: minimal reproduction 006-ip-neigh-show (shrunk in 40 runs from 36 lines)
# found in scenario 515 of --seed 3003
# first difference in 'ip neigh show': kernel '10.1.171.89 lladdr xx:xx:xx:xx:xx:xx DELAY ', simulator '$ ip link set v2 address 02:aa:7c:b0:93:c9'
# signature: ip neigh show|#.#.#.# lladdr xx:xx:xx:xx:xx:xx DELAY |<next>
# replay: nslab diff 006-ip-neigh-show.sh
ip netns add ns2
ip netns add ns3
ip -n ns2 link add v1 type veth peer name v1p netns ns3
ip -n ns2 addr add 10.1.171.3/24 dev v1
ip netns exec ns2 ip link set v1 up
ip -n ns3 addr add 10.1.171.89/24 dev v1p
ip -n ns3 link set v1p up
ip netns exec ns3 ping -q -W 1 -c 1 10.1.171.3
ip -n ns3 addr flush dev v1p
ip -n ns3 link set v1p down
ip netns add ns4
ip link add v2 type veth peer name v2p netns ns1
ip -n ns2 neigh show dev v1
