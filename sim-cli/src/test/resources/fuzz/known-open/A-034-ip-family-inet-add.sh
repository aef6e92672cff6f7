# nslab fuzz: minimal reproduction 034-ip-family-inet-add (shrunk in 60 runs from 31 lines)
# found in scenario 273 of --seed 1001
# first difference in 'ip -family inet add': kernel '    inet 10.1.153.234/16 scope global v1', simulator '    inet 10.1.153.170/24 scope global secondary v1'
# signature: ip -family inet add|    inet #.#.#.#/# scope global v#|    inet #.#.#.#/# scope global secondary v#
# replay: nslab diff 034-ip-family-inet-add.sh
ip netns add ns1
ip link add v1 type veth peer netns ns1
ip addr add 10.1.153.238/24 dev v1
ip address add 10.1.153.170/24 dev v1
ip addr a 10.1.153.234/16 dev v1
ip -family inet a
