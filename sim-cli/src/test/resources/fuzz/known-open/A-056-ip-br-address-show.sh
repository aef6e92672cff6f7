# nslab fuzz: minimal reproduction 056-ip-br-address-show (shrunk in 60 runs from 32 lines)
# found in scenario 647 of --seed 1001
# first difference in 'ip -br address show': kernel 'v1p@ifN          UP             10.1.130.221/24 10.1.130.52/30 10.1.130.207/24 fe80::30dc:edff:fe24:5e3c/64 ', simulator 'v1p@ifN          UP             10.1.130.221/24 10.1.130.52/30 10.1.130.207/24 fe80::ec6c:d7ff:fe36:3ca5/64 '
# signature: ip -br address show|v#p@ifN          UP             #.#.#.#/# #.#.#.#/# #.#.#.#/# IPV#/# |v#p@ifN          UP             #.#.#.#/# #.#.#.#/# #.#.#.#/# IPV#/# 
# replay: nslab diff 056-ip-br-address-show.sh
ip netns add ns2
ip link add v1 type veth peer name v1p netns ns2
ip link set v1 up
ip -n ns2 addr add 10.1.130.221/24 dev v1p
ip -n ns2 link set v1p up
ip -n ns2 a add 10.1.130.52/30 brd + dev v1p
ip -n ns2 address add 10.1.130.207/24 dev v1p
ip netns exec ns2 ip -brief address
