# nslab fuzz: minimal reproduction 065-ip-br-address-show (shrunk in 60 runs from 39 lines)
# found in scenario 733 of --seed 1001
# first difference in 'ip -br address show': kernel 'v1p@ifN          UP             10.1.100.95/24 fe80::8085:dff:fef5:a79b/64 ', simulator 'v1p@ifN          UP             10.1.100.95/24 fe80::ec6c:d7ff:fe36:3ca5/64 '
# signature: ip -br address show|v#p@ifN          UP             #.#.#.#/# IPV#/# |v#p@ifN          UP             #.#.#.#/# IPV#/# 
# replay: nslab diff 065-ip-br-address-show.sh
ping -c 1 -W 2 -q 127.1.2.3
ip netns add ns1
ip netns add ns2
ip -n ns1 link add v1 type veth peer name v1p netns ns2
ip netns exec ns1 ip addr add 10.1.100.86/24 dev v1
ip netns exec ns1 ip link set v1 up
ip netns exec ns2 ip addr add 10.1.100.95/24 dev v1p
ip netns exec ns2 ip link set v1p up
ip netns add ns3
ip -n ns2 link add v2 type veth peer name v2p netns ns3
ip netns exec ns2 ip addr add 10.1.101.250/24 dev v2
ip -n ns2 link set v2 up
ip -n ns3 addr add 10.1.101.47/24 dev v2p
ip -n ns3 link set v2p up
ip -n ns3 link set lo up
ping -W 1 -I lo -c 1 127.1.2.3
ip -n ns2 -br a
ip netns add ns4
ip netns add ns5
ip netns exec ns4 ip link add v3 type veth peer name v3p netns ns5
ip -n ns4 addr add 10.1.102.188/24 dev v3
ip -n ns4 link set v3 up
ip -n ns5 addr add 10.1.102.22/24 dev v3p
ip netns exec ns5 ip link set v3p up
ip netns exec ns5 ip link set lo up
