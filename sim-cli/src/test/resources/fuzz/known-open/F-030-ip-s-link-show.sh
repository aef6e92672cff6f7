# nslab fuzz: minimal reproduction 030-ip-s-link-show (shrunk in 80 runs from 25 lines)
# found in scenario 521 of --seed 7001
# first difference in 'ip -s link show': kernel '            90       1      0       0       0       0 ', simulator '             0       0      0       0       0       0 '
# signature: ip -s link show|            #       #      #       #       #       # |             #       #      #       #       #       # 
# replay: nslab diff 030-ip-s-link-show.sh
ip netns add ns1
ip netns add ns2
ip netns exec ns1 ip link add v1 type veth peer name v1p netns ns2
ip netns exec ns1 ip link set v1 up
ip netns exec ns2 ip link set v1p up
ip netns exec ns1 ip route add 10.1.197.0/24 via 10.1.196.7
ip -n ns3 route add default via 10.1.197.96
ip -n ns1 -statistics link show v1
