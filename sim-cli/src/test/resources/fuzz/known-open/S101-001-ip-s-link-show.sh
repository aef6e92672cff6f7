# nslab fuzz: minimal reproduction 001-ip-s-link-show (shrunk in 80 runs from 31 lines)
# found in scenario 55 of --seed 101
# first difference in 'ip -s link show': kernel '            90       1      0       0       0       0 ', simulator '             0       0      0       0       0       0 '
# signature: ip -s link show|            #       #      #       #       #       # |             #       #      #       #       #       # 
# replay: nslab diff 001-ip-s-link-show.sh
ip netns add ns1
ip netns add ns2
ip -n ns1 link add v1 type veth peer v1p netns ns2
ip netns exec ns1 ip link set v1 up
ip -n ns2 link set v1p up
ip netns exec ns2 ip route replace unreachable 10.1.101.0/24 dev v1p protocol 42
ip netns exec ns1 ip n flush dev v1
ip netns add ns3
ip -n ns1 -statistics link show v1
