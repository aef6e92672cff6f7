# nslab fuzz: minimal reproduction 003-ip-br-4-address-show (shrunk in 80 runs from 15 lines)
# found in scenario 4413 of --seed 1204
# first difference in 'ip -br -4 address show': kernel 'v1p@ifN          UP             10.1.187.121/24 ', simulator 'v1p@ifN          DOWN           10.1.187.121/24 '
# signature: ip -br -4 address show|v#p@ifN          UP             #.#.#.#/# |v#p@ifN          DOWN           #.#.#.#/# 
# replay: nslab diff 003-ip-br-4-address-show.sh
ip netns add ns1
ip netns add ns2
ip -n ns1 link add v1 type veth peer v1p netns ns2
ip netns exec ns1 ip addr add 10.1.187.122/24 dev v1
ip -n ns1 link set v1 up
ip -n ns2 addr add 10.1.187.121/24 dev v1p
ip netns exec ns2 ip link set v1p up
ip netns exec ns1 ping -W 1 -Mdont -I 10.1.187.122 -c1 10.1.187.174
ip netns exec ns2 ip -br -4 a
