# nslab fuzz: minimal reproduction 059-ip-br-address-show (shrunk in 60 runs from 26 lines)
# found in scenario 686 of --seed 1001
# first difference in 'ip -br address show': kernel 'v1@ifN           UP             10.1.176.224/24 10.1.176.105/24 fe80::2cf2:e4ff:fe41:9936/64 ', simulator 'v1@ifN           UP             10.1.176.224/24 10.1.176.105/24 fe80::fb:6bff:fec3:80ec/64 '
# signature: ip -br address show|v#@ifN           UP             #.#.#.#/# #.#.#.#/# IPV#/# |v#@ifN           UP             #.#.#.#/# #.#.#.#/# IPV#/# 
# replay: nslab diff 059-ip-br-address-show.sh
ip netns add ns1
ip netns add ns2
ip netns exec ns1 ip link add v1 type veth peer name v1p netns ns2
ip -n ns1 addr add 10.1.176.224/24 dev v1
ip netns exec ns1 ip link set v1 up
ip -n ns2 link set v1p up
ip -n ns1 a add 10.1.176.105/24 dev v1
ip -n ns1 -br a
