# nslab fuzz: minimal reproduction 076-ip-f-inet-show (shrunk in 60 runs from 33 lines)
# found in scenario 1054 of --seed 1001
# first difference in 'ip -f inet show': kernel '    inet 10.1.195.213/30 brd 10.1.195.212 scope global v1', simulator '    inet 10.1.195.213/30 scope global v1'
# signature: ip -f inet show|    inet #.#.#.#/# brd #.#.#.# scope global v#|    inet #.#.#.#/# scope global v#
# replay: nslab diff 076-ip-f-inet-show.sh
ip netns add ns1
ip -n ns1 link add v1 type veth peer netns 1
ip -n ns1 address add 10.1.195.213/30 brd - dev v1
ip -n ns1 -f inet addr
