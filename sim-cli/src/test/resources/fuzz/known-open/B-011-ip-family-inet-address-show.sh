# nslab fuzz: minimal reproduction 011-ip-family-inet-address-show (shrunk in 60 runs from 28 lines)
# found in scenario 437 of --seed 2002
# first difference in 'ip -family inet address show': kernel '    inet 10.1.96.88/16 brd 10.1.0.0 scope global v1p', simulator '    inet 10.1.96.88/16 scope global v1p'
# signature: ip -family inet address show|    inet #.#.#.#/# brd #.#.#.# scope global v#p|    inet #.#.#.#/# scope global v#p
# replay: nslab diff 011-ip-family-inet-address-show.sh
ip link add type veth peer v1p
ip a add 10.1.96.88/16 brd - dev v1p
ip -family inet a
