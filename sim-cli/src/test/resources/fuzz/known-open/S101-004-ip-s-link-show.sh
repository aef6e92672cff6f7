# nslab fuzz: minimal reproduction 004-ip-s-link-show (shrunk in 80 runs from 31 lines)
# found in scenario 402 of --seed 101
# first difference in 'ip -s link show': kernel '           426       5      0       0       0       0 ', simulator '             0       0      0       0       0       0 '
# signature: ip -s link show|           #       #      #       #       #       # |             #       #      #       #       #       # 
# replay: nslab diff 004-ip-s-link-show.sh
ip netns add ns1
ip netns add ns2
ip link add v1 type veth peer name v1p netns ns2
ip -n ns2 link set v1p up
ip netns add ns3
ip -n ns2 link add v2 type veth peer name v2p netns ns3
ip -n ns2 link set v2 up
ip -n ns3 link set v2p up
ip netns exec ns2 ping -I v1p -c 1 -W 1 10.1.104.133
ip netns exec ns3 ip -stats link
