# nslab fuzz: minimal reproduction 003-ip-s-link-show (shrunk in 60 runs from 43 lines)
# found in scenario 9 of --seed 1001
# first difference in 'ip -s link show': kernel '           418       5      0       0       0       0 ', simulator '           238       3      0       0       0       0 '
# signature: ip -s link show|           #       #      #       #       #       # |           #       #      #       #       #       # 
# replay: nslab diff 003-ip-s-link-show.sh
ip netns add ns1
ip netns add ns2
ip netns add ns3
ip netns exec ns2 ip link add v2 type veth peer name v2p netns ns3
ip -n ns2 addr add 10.1.79.203/24 dev v2
ip -n ns2 link set v2 up
ip netns exec ns3 ip addr add 10.1.79.162/24 dev v2p
ip netns exec ns3 ip link set v2p up
ip -n ns3 link set lo up
ip netns exec ns2 sysctl -w net.ipv4.ip_forward=1
ip netns exec ns3 ping -c 2 -w 1 -i 0.2 10.1.79.203
ip -n ns3 -stats link
