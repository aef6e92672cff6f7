# nslab fuzz: minimal reproduction 009-ip-address-show (shrunk in 40 runs from 8 lines)
# found in scenario 1288 of --seed 4004
# first difference in 'ip address show': kernel '    inet 10.1.54.218/28 brd 10.1.54.208 scope global v1', simulator '    inet 10.1.54.218/28 scope global v1'
# signature: ip address show|    inet #.#.#.#/# brd #.#.#.# scope global v#|    inet #.#.#.#/# scope global v#
# replay: nslab diff 009-ip-address-show.sh
ip link add v1 type veth peer
ip address add 10.1.54.218/28 brd - dev v1
ip addr
