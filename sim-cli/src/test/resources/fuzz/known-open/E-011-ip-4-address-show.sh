# nslab fuzz: minimal reproduction 011-ip-4-address-show (shrunk in 40 runs from 22 lines)
# found in scenario 658 of --seed 3003
# first difference in 'ip -4 address show': kernel '    inet 10.1.25.47/24 brd 10.1.25.0 scope global secondary v1p', simulator '    inet 10.1.25.47/24 scope global secondary v1p'
# signature: ip -4 address show|    inet #.#.#.#/# brd #.#.#.# scope global secondary v#p|    inet #.#.#.#/# scope global secondary v#p
# replay: nslab diff 011-ip-4-address-show.sh
ip link add type veth peer name v1p
ip a add 10.1.25.176/24 dev v1p
ip address add 10.1.25.47/24 brd - dev v1p
ip -4 addr
