# nslab fuzz: minimal reproduction 010-ip-br-address-show (shrunk in 40 runs from 36 lines)
# found in scenario 634 of --seed 3003
# first difference in 'ip -br address show': kernel 'br2              DOWN           ', simulator 'v1@ifN           UP             10.1.59.102/24 fe80::54d8:d1ff:fe01:b5b9/64 '
# signature: ip -br address show|br#              DOWN           |v#@ifN           UP             #.#.#.#/# IPV#/# 
# replay: nslab diff 010-ip-br-address-show.sh
ip route get 127.1.2.3
ip netns add ns1
ip link add v1 type veth peer name v1p netns ns1
ip addr add 10.1.59.102/24 dev v1
ip link set v1 up
ip -n ns1 addr add 10.1.59.77/24 dev v1p
ip netns exec ns1 ip link set v1p up
ping -w 1 -i0.2 -t 3 -l2 10.1.59.77
ip link add name br2 type bridge
ip netns delete
ip netns delete ns1
ping 10.1.60.116 -W 1 -c 1
ip -br a
ip link set br2 address 02:2f:5e:f4:fd:da
ip link set br2 up
ip netns exec ns3 ip link add v3 type veth peer name v3p netns ns4
ip -n ns3 addr add 10.1.62.197/24 dev v3
ip -n ns3 link set v3 up
ip -n ns4 addr add 10.1.62.116/24 dev v3p
ip netns exec ns4 ip link set v3p up
ip -n ns4 link set lo up
ip -n ns3 neigh flush dev v3
ip netns exec ns4 ip route get 10.1.61.28
ip neigh show dev br2
