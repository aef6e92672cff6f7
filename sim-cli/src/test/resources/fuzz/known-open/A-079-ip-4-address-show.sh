# nslab fuzz: minimal reproduction 079-ip-4-address-show (shrunk in 60 runs from 24 lines)
# found in scenario 1071 of --seed 1001
# first difference in 'ip -4 address show': kernel '    inet 10.1.108.104/30 brd 10.1.108.104 scope global v1p', simulator '    inet 10.1.108.104/30 scope global v1p'
# signature: ip -4 address show|    inet #.#.#.#/# brd #.#.#.# scope global v#p|    inet #.#.#.#/# scope global v#p
# replay: nslab diff 079-ip-4-address-show.sh
ip netns add ns1
ip netns add ns2
ip netns exec ns1 ip link add type veth peer name v1p netns ns2
ip -n ns2 link set v1p up
ip netns exec ns2 ip address add 10.1.108.104/30 brd - dev v1p
ip -n ns2 -4 a show up
