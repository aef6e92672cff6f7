# nslab fuzz: minimal reproduction 008-ip-4-address-show (shrunk in 60 runs from 17 lines)
# found in scenario 289 of --seed 2002
# first difference in 'ip -4 address show': kernel '    inet 10.1.148.85/16 brd 10.1.0.0 scope global tap4', simulator '    inet 10.1.148.85/16 scope global tap4'
# signature: ip -4 address show|    inet #.#.#.#/# brd #.#.#.# scope global tap#|    inet #.#.#.#/# scope global tap#
# replay: nslab diff 008-ip-4-address-show.sh
ip netns add ns1
ip -n ns1 tuntap add mode tap tap4
ip -n ns1 address add 10.1.148.85/16 brd - dev tap4
ip -n ns1 -4 addr
