# nslab fuzz: minimal reproduction 020-ip-br-address-show (shrunk in 60 runs from 33 lines)
# found in scenario 794 of --seed 2002
# first difference in 'ip -br address show': kernel 'v2@ifN           UP             fe80::8ec:67ff:fe4b:7ce4/64 ', simulator 'v2@ifN           UP             fe80::b80f:12ff:fe27:8575/64 '
# signature: ip -br address show|v#@ifN           UP             IPV#/# |v#@ifN           UP             IPV#/# 
# replay: nslab diff 020-ip-br-address-show.sh
ip netns add ns3
ip link add v2 type veth peer name v2p netns ns3
ip link set v2 up
ip netns exec ns3 ip link set v2p up
ip -br a
