# nslab fuzz: minimal reproduction 087-ip-address-show (shrunk in 60 runs from 33 lines)
# found in scenario 1142 of --seed 1001
# first difference in 'ip address show': kernel '    inet 10.1.101.120/24 brd 10.1.101.0 scope global v1p', simulator '    inet 10.1.101.120/24 scope global v1p'
# signature: ip address show|    inet #.#.#.#/# brd #.#.#.# scope global v#p|    inet #.#.#.#/# scope global v#p
# replay: nslab diff 087-ip-address-show.sh
ip link add type veth peer v1p
ip addr a 10.1.101.120/24 brd - dev v1p
ip addr
