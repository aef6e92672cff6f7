# nslab fuzz: minimal reproduction 080-ip-address-show (shrunk in 25 runs from 17 lines)
# found in scenario 1083 of --seed 1001
# first difference in 'ip address show': kernel '    inet 127.0.0.3/8 brd 127.0.0.0 scope host secondary lo', simulator '    inet 127.0.0.3/8 scope host secondary lo'
# signature: ip address show|    inet #.#.#.#/# brd #.#.#.# scope host secondary lo|    inet #.#.#.#/# scope host secondary lo
# replay: nslab diff 080-ip-address-show.sh
ip a add 127.0.0.3/8 brd - dev lo
ip a
