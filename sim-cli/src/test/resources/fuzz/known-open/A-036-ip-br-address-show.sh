# nslab fuzz: minimal reproduction 036-ip-br-address-show (shrunk in 60 runs from 24 lines)
# found in scenario 288 of --seed 1001
# first difference in 'ip -br address show': kernel 'v1@ifN           UP             10.1.82.232/24 10.1.82.226/24 10.1.82.160/24 fe80::81a:ffff:fef1:3dbb/64 ', simulator 'v1@ifN           UP             10.1.82.232/24 10.1.82.226/24 10.1.82.160/24 fe80::ec6c:d7ff:fe36:3ca5/64 '
# signature: ip -br address show|v#@ifN           UP             #.#.#.#/# #.#.#.#/# #.#.#.#/# IPV#/# |v#@ifN           UP             #.#.#.#/# #.#.#.#/# #.#.#.#/# IPV#/# 
# replay: nslab diff 036-ip-br-address-show.sh
ip netns add ns2
ip netns add ns3
ip netns exec ns2 ip link add v1 type veth peer name v1p netns ns3
ip netns exec ns2 ip addr add 10.1.82.232/24 dev v1
ip -n ns2 link set v1 up
ip -n ns3 link set v1p up
ip -n ns2 a add 10.1.82.226/24 dev v1
ip -n ns2 addr add 10.1.82.160/24 brd + dev v1
ip -n ns2 -brief address
