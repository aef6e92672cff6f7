# nslab fuzz: minimal reproduction 014-ip-address-show (shrunk in 60 runs from 20 lines)
# found in scenario 531 of --seed 2002
# first difference in 'ip address show': kernel '    inet 10.1.101.160/24 brd 10.1.101.0 scope global secondary v1p', simulator '    inet 10.1.101.160/24 scope global secondary v1p'
# signature: ip address show|    inet #.#.#.#/# brd #.#.#.# scope global secondary v#p|    inet #.#.#.#/# scope global secondary v#p
# replay: nslab diff 014-ip-address-show.sh
ip netns add ns1
ip netns add ns2
ip netns exec ns1 ip link add type veth peer name v1p netns ns2
ip -n ns2 addr add 10.1.101.118/24 dev v1p
ip -n ns2 a add 10.1.101.160/24 brd - dev v1p
ip -n ns2 a show v1p
