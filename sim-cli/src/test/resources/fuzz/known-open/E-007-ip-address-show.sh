# nslab fuzz: minimal reproduction 007-ip-address-show (shrunk in 40 runs from 34 lines)
# found in scenario 523 of --seed 3003
# first difference in 'ip address show': kernel '    inet 10.1.112.160/24 brd 10.1.112.0 scope global secondary v2', simulator '    inet 10.1.112.160/24 scope global secondary v2'
# signature: ip address show|    inet #.#.#.#/# brd #.#.#.# scope global secondary v#|    inet #.#.#.#/# scope global secondary v#
# replay: nslab diff 007-ip-address-show.sh
ip netns add ns1
ip netns add ns2
ip -n ns1 link add v2 type veth peer name v2p netns ns2
ip netns exec ns1 ip addr add 10.1.112.204/24 dev v2
ip -n ns1 addr a 10.1.112.160/24 brd - dev v2
ip netns exec ns1 ip addr list
