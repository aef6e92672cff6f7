# nslab fuzz: minimal reproduction 001-ip-s-link-show (shrunk in 80 runs from 20 lines)
# found in scenario 562 of --seed 1207
# first difference in 'ip -s link show': kernel '             0       0      0       0       0       0 ', simulator '            90       1      0       0       0       0 '
# signature: ip -s link show|             #       #      #       #       #       # |            #       #      #       #       #       # 
# replay: nslab diff 001-ip-s-link-show.sh
ip netns add ns1
ip netns add ns2
ip -n ns1 link add v1 type veth peer name v1p netns ns2
ip -n ns2 link set v1p up
ip netns exec ns1 ip link set dev v1 up
ip netns add ns3
ip netns exec ns3 nft list ruleset ip
ip -n ns1 -s link
ip netns list-id
ip netns exec ns1 ip route replace to 10.1.189.0/24 dev v1 proto dhcp priority 1024 src 10.1.188.84
