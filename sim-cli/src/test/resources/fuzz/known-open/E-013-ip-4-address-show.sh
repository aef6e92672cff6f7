# nslab fuzz: minimal reproduction 013-ip-4-address-show (shrunk in 40 runs from 24 lines)
# found in scenario 820 of --seed 3003
# first difference in 'ip -4 address show': kernel '    inet 10.1.39.92/24 brd 10.1.39.0 scope global v1', simulator '    inet 10.1.39.92/24 scope global v1'
# signature: ip -4 address show|    inet #.#.#.#/# brd #.#.#.# scope global v#|    inet #.#.#.#/# scope global v#
# replay: nslab diff 013-ip-4-address-show.sh
ip link add v1 type veth peer
ip address add 10.1.39.92/24 brd - dev v1
ip link set v1 up
ip -4 a show up
