# nslab fuzz: minimal reproduction 008-ip-route-show (shrunk in 40 runs from 13 lines)
# found in scenario 1251 of --seed 4004
# first difference in 'ip route show': kernel '10.1.33.0/24 dev v1 proto kernel scope link src 10.1.33.163 ', simulator '10.1.33.0/24 dev v1 proto kernel scope link src 10.1.33.163 linkdown '
# signature: ip route show|#.#.#.#/# dev v# proto kernel scope link src #.#.#.# |#.#.#.#/# dev v# proto kernel scope link src #.#.#.# linkdown 
# replay: nslab diff 008-ip-route-show.sh
ip netns add ns1
ip netns add ns2
ip -n ns1 link add v1 type veth peer name v1p netns ns2
ip netns exec ns1 ip addr add 10.1.33.163/24 dev v1
ip -n ns1 link set v1 up
ip netns exec ns2 ip link set v1p up
ip -n ns2 link set v1p netns ns1
ip -n ns1 route
