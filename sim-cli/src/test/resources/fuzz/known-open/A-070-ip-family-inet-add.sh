# nslab fuzz: minimal reproduction 070-ip-family-inet-add (shrunk in 60 runs from 35 lines)
# found in scenario 889 of --seed 1001
# first difference in 'ip -family inet add': kernel '    inet 10.1.50.201/25 brd 10.1.50.128 scope global tap1', simulator '    inet 10.1.50.201/25 scope global tap1'
# signature: ip -family inet add|    inet #.#.#.#/# brd #.#.#.# scope global tap#|    inet #.#.#.#/# scope global tap#
# replay: nslab diff 070-ip-family-inet-add.sh
ip tuntap add mode tap tap1
ip netns add ns1
ip link set tap1 netns ns1
ip -n ns1 address add 10.1.50.201/25 brd - dev tap1
ip netns exec ns1 ip -family inet a
