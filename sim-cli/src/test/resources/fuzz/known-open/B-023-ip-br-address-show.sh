# nslab fuzz: minimal reproduction 023-ip-br-address-show (shrunk in 60 runs from 22 lines)
# found in scenario 1056 of --seed 2002
# first difference in 'ip -br address show': kernel '$ ip -n ns2 addr', simulator 'v1p@ifN          UP             10.1.78.21/24 fe80::ec6c:d7ff:fe36:3ca5/64 '
# signature: ip -br address show|<next>|v#p@ifN          UP             #.#.#.#/# IPV#/# 
# replay: nslab diff 023-ip-br-address-show.sh
ip netns add ns1
ip netns add ns2
ip netns exec ns1 ip link add v1 type veth peer name v1p netns ns2
ip -n ns1 addr add 10.1.78.222/24 dev v1
ip -n ns1 link set v1 up
ip -n ns2 addr add 10.1.78.21/24 dev v1p
ip -n ns2 link set v1p up
ip netns delete ns1
ip link add v2 type veth peer name v2p
ip route list
ip -stats link
ip -n ns2 -br a
