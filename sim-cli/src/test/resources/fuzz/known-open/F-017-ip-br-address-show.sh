# nslab fuzz: minimal reproduction 017-ip-br-address-show (shrunk in 80 runs from 31 lines)
# found in scenario 190 of --seed 7001
# first difference in 'ip -br address show': kernel 'v1p@ifN          DOWN           10.1.38.218/24 ', simulator 'v1p@ifN          UP             10.1.38.218/24 fe80::8ff:90ff:fe15:280/64 '
# signature: ip -br address show|v#p@ifN          DOWN           #.#.#.#/# |v#p@ifN          UP             #.#.#.#/# IPV#/# 
# replay: nslab diff 017-ip-br-address-show.sh
ip netns add ns1
ip link add v1 type veth peer v1p netns ns1
ip link set v1 up
ip netns exec ns1 ip addr add 10.1.38.218/24 dev v1p
ip -n ns1 link set v1p up
ip -n ns1 -br addr
