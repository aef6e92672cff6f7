# nslab fuzz: minimal reproduction 012-ip-br-address-show (shrunk in 60 runs from 17 lines)
# found in scenario 32 of --seed 1001
# first difference in 'ip -br address show': kernel 'v2@ifN           UP             10.1.160.246/24 fe80::38e2:e4ff:fe50:f9e7/64 ', simulator 'v2@ifN           UP             10.1.160.246/24 fe80::b80f:12ff:fe27:8575/64 '
# signature: ip -br address show|v#@ifN           UP             #.#.#.#/# IPV#/# |v#@ifN           UP             #.#.#.#/# IPV#/# 
# replay: nslab diff 012-ip-br-address-show.sh
ip netns add ns2
ip link add v2 type veth peer v2p netns ns2
ip addr add 10.1.160.246/24 dev v2
ip link set v2 up
ip -n ns2 link set v2p up
ip -br a
