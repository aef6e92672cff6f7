# nslab fuzz: minimal reproduction 012-ip-route-get (shrunk in 40 runs from 26 lines)
# found in scenario 713 of --seed 3003
# first difference in 'ip route get': kernel '10.1.156.56 dev v2 src 10.1.157.80 uid 0 ', simulator 'local 10.1.156.56 dev lo src 10.1.156.56 uid 0 '
# signature: ip route get|#.#.#.# dev v# src #.#.#.# uid # |local #.#.#.# dev lo src #.#.#.# uid # 
# replay: nslab diff 012-ip-route-get.sh
ip netns add ns1
ip netns add ns2
ip netns exec ns1 ip link add v1 type veth peer name v1p netns ns2
ip netns exec ns2 ip addr add 10.1.156.56/24 dev v1p
ip netns add ns3
ip -n ns2 link add v2 type veth peer name v2p netns ns3
ip -n ns2 addr add 10.1.157.80/24 dev v2
ip netns exec ns2 ip link set v2 up
ip -n ns2 route get 10.1.156.56 dev v2
