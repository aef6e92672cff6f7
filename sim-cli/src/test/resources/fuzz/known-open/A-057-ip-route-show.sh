# nslab fuzz: minimal reproduction 057-ip-route-show (shrunk in 60 runs from 36 lines)
# found in scenario 652 of --seed 1001
# first difference in 'ip route show': kernel 'broadcast 10.1.180.255 dev v1p proto kernel scope link src 10.1.180.172 ', simulator 'broadcast 10.1.180.255 dev v1p proto kernel scope link src 10.1.180.172 linkdown '
# signature: ip route show|broadcast #.#.#.# dev v#p proto kernel scope link src #.#.#.# |broadcast #.#.#.# dev v#p proto kernel scope link src #.#.#.# linkdown 
# replay: nslab diff 057-ip-route-show.sh
ip netns add ns1
ip netns add ns2
ip -n ns1 link add v1 type veth peer name v1p netns ns2
ip -n ns1 link set v1 up
ip -n ns2 addr add 10.1.180.172/24 dev v1p
ip -n ns2 link set v1p up
ip -n ns1 link set v1 netns ns2
ip -n ns2 route show table local
