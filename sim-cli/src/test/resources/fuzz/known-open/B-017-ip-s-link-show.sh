# nslab fuzz: minimal reproduction 017-ip-s-link-show (shrunk in 60 runs from 35 lines)
# found in scenario 637 of --seed 2002
# first difference in 'ip -s link show': kernel '           896      10      0       0       0       0 ', simulator '           630       7      0       0       0       0 '
# signature: ip -s link show|           #      #      #       #       #       # |           #       #      #       #       #       # 
# replay: nslab diff 017-ip-s-link-show.sh
ip netns add ns1
ip netns add ns2
ip -n ns1 link add v1 type veth peer name v1p netns ns2
ip -n ns1 addr add 10.1.58.156/24 dev v1
ip -n ns1 link set v1 up
ip -n ns2 addr add 10.1.58.224/24 dev v1p
ip -n ns2 link set v1p up
ip -n ns2 link set lo up
ip -n ns2 addr a 10.1.61.171/16 dev v3p
ip netns exec ns1 ping -W 1 -c 1 -i 0.3 10.1.58.224
ip netns exec ns2 ping -c 2 -i 0.2 -w 1 10.1.58.156
ip -n ns3 addr add 10.1.59.98/30 dev v2p
ip netns exec ns2 ping -i0.2 -q -W 1 -c 3 10.1.58.156
ip -n ns1 -s link show v1
