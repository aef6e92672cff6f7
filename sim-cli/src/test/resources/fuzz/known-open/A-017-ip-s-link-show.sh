# nslab fuzz: minimal reproduction 017-ip-s-link-show (shrunk in 60 runs from 34 lines)
# found in scenario 80 of --seed 1001
# first difference in 'ip -s link show': kernel '            90       1      0       0       0       0 ', simulator '             0       0      0       0       0       0 '
# signature: ip -s link show|            #       #      #       #       #       # |             #       #      #       #       #       # 
# replay: nslab diff 017-ip-s-link-show.sh
ip netns add ns1
ip netns add ns2
ip netns exec ns1 ip link add v1 type veth peer v1p netns ns2
ip -n ns1 addr add 10.1.182.216/24 dev v1
ip -n ns1 link set v1 up
ip netns exec ns2 ip addr add 10.1.182.248/24 dev v1p
ip -n ns2 link set v1p up
ip netns add ns3
ip netns exec ns3 ip route add default via 10.1.183.138
ip -n ns2 link set v1p name r3
ip -n ns1 -statistics link show v1
