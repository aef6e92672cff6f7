# nslab fuzz: minimal reproduction 026-ip-br-4-address-show (shrunk in 80 runs from 28 lines)
# found in scenario 399 of --seed 7001
# first difference in 'ip -br -4 address show': kernel 'v1p@ifN          DOWN           10.1.19.183/24 ', simulator 'v1p@ifN          UP             10.1.19.183/24 '
# signature: ip -br -4 address show|v#p@ifN          DOWN           #.#.#.#/# |v#p@ifN          UP             #.#.#.#/# 
# replay: nslab diff 026-ip-br-4-address-show.sh
ip netns add ns1
ip netns add ns2
ip netns exec ns1 ip link add v1 type veth peer v1p netns ns2
ip -n ns1 link set v1 up
ip netns exec ns2 ip addr add 10.1.19.183/24 dev v1p
ip -n ns2 link set v1p up
ip -n ns2 -br -4 a
