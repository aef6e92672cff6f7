# nslab fuzz: minimal reproduction 001-ip-br-4-address-show (shrunk in 40 runs from 19 lines)
# found in scenario 139 of --seed 3003
# first difference in 'ip -br -4 address show': kernel 'v1p@ifN          DOWN           10.1.198.161/24 ', simulator 'v1p@ifN          UP             10.1.198.161/24 '
# signature: ip -br -4 address show|v#p@ifN          DOWN           #.#.#.#/# |v#p@ifN          UP             #.#.#.#/# 
# replay: nslab diff 001-ip-br-4-address-show.sh
ip netns add ns1
ip link add v1 type veth peer name v1p netns ns1
ip link set v1 up
ip -n ns1 addr add 10.1.198.161/24 dev v1p
ip netns exec ns1 ip link set v1p up
ip -n ns1 -br -4 a
