# nslab fuzz: minimal reproduction 018-ip-br-address-show (shrunk in 60 runs from 33 lines)
# found in scenario 724 of --seed 2002
# first difference in 'ip -br address show': kernel 'v1p@ifN          UP             fe80::b07a:cbff:fef0:9ca/64 ', simulator 'v1p@ifN          UP             fe80::ec6c:d7ff:fe36:3ca5/64 '
# signature: ip -br address show|v#p@ifN          UP             IPV#/# |v#p@ifN          UP             IPV#/# 
# replay: nslab diff 018-ip-br-address-show.sh
ip netns add ns1
ip netns add ns2
ip -n ns1 link add v1 type veth peer name v1p netns ns2
ip netns exec ns1 ip link set v1 up
ip -n ns2 link set v1p up
ip -n ns2 addr del 10.1.52.211/24 dev v1p
ip -n ns2 -br a
