# nslab fuzz: minimal reproduction 005-ip-br-address-show (shrunk in 60 runs from 31 lines)
# found in scenario 22 of --seed 1001
# first difference in 'ip -br address show': kernel 'v1p@ifN          UP             10.1.132.249/24 10.1.132.194/24 fe80::b89d:d7ff:fe62:7b7b/64 ', simulator 'v1p@ifN          UP             10.1.132.249/24 10.1.132.194/24 fe80::ec6c:d7ff:fe36:3ca5/64 '
# signature: ip -br address show|v#p@ifN          UP             #.#.#.#/# #.#.#.#/# IPV#/# |v#p@ifN          UP             #.#.#.#/# #.#.#.#/# IPV#/# 
# replay: nslab diff 005-ip-br-address-show.sh
ip netns add ns1
ip netns add ns2
ip -n ns1 link add v1 type veth peer name v1p netns ns2
ip -n ns1 link set v1 up
ip -n ns2 addr add 10.1.132.249/24 dev v1p
ip netns exec ns2 ip link set v1p up
ip netns exec ns2 ip addr a 10.1.132.194/24 dev v1p
ip -n ns2 -br addr
