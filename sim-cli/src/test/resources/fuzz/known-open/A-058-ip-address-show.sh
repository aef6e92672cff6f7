# nslab fuzz: minimal reproduction 058-ip-address-show (shrunk in 60 runs from 30 lines)
# found in scenario 654 of --seed 1001
# first difference in 'ip address show': kernel '    inet 10.1.101.115/25 brd 10.1.101.0 scope global tap1', simulator '    inet 10.1.101.115/25 scope global tap1'
# signature: ip address show|    inet #.#.#.#/# brd #.#.#.# scope global tap#|    inet #.#.#.#/# scope global tap#
# replay: nslab diff 058-ip-address-show.sh
ip netns add ns1
ip netns exec ns1 ip tuntap add mode tap tap1
ip -n ns1 addr add 10.1.101.115/25 brd - dev tap1
ip netns exec ns1 ip a
