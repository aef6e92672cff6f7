# nslab fuzz: minimal reproduction 010-ip-address-show (shrunk in 40 runs from 13 lines)
# found in scenario 1387 of --seed 4004
# first difference in 'ip address show': kernel '    inet 10.1.197.4/32 brd 10.1.197.5 scope global r3:2', simulator '    inet 10.1.197.4/32 brd 10.1.197.5 scope global r3'
# signature: ip address show|    inet #.#.#.#/# brd #.#.#.# scope global r#:#|    inet #.#.#.#/# brd #.#.#.# scope global r#
# replay: nslab diff 010-ip-address-show.sh
ip link add v2 type veth peer
ip a add 10.1.197.50/32 dev v2
ip addr a 10.1.197.4/32 broadcast 10.1.197.5 dev v2
ip link set v2 name r3
ip addr show dev r3
