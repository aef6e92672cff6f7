# nslab fuzz: minimal reproduction 001-ip-f-inet-address-show (shrunk in 40 runs from 18 lines)
# found in scenario 22 of --seed 4004
# first difference in 'ip -f inet address show': kernel '    inet 10.1.60.130/28 brd 10.1.60.128 scope global v1p', simulator '    inet 10.1.60.130/28 scope global v1p'
# signature: ip -f inet address show|    inet #.#.#.#/# brd #.#.#.# scope global v#p|    inet #.#.#.#/# scope global v#p
# replay: nslab diff 001-ip-f-inet-address-show.sh
ip link add type veth peer name v1p
ip a add 10.1.60.130/28 brd - dev v1p
ip -f inet addr
