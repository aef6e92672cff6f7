# nslab fuzz: minimal reproduction 042-ip-s-link-show (shrunk in 60 runs from 31 lines)
# found in scenario 420 of --seed 1001
# first difference in 'ip -s link show': kernel '           266       3      0       0       0       0 ', simulator '             0       0      0       0       0       0 '
# signature: ip -s link show|           #       #      #       #       #       # |             #       #      #       #       #       # 
# replay: nslab diff 042-ip-s-link-show.sh
ip netns add ns2
ip -n ns1 link add v1 type veth peer name v1p netns ns2
ip -n ns2 link set lo up
ip netns add ns3
ip -n ns2 link add v2 type veth peer name v2p netns ns3
ip -n ns2 addr add 10.1.3.98/24 dev v2
ip -n ns2 link set v2 up
ip -n ns3 addr add 10.1.3.101/24 dev v2p
ip -n ns3 link set v2p up
ip netns exec ns3 ip link set lo up
ip netns exec ns2 sysctl -w net.ipv4.ip_forward=1
ip netns exec ns1 ip route add 10.1.3.0/24 via 10.1.2.168
ip netns add ns4
ip netns exec ns2 ping -w1 -i 0.2 10.1.2.199
ip netns exec ns4 ip link add br3 type bridge
ip -n ns2 address add 10.1.3.49/16 dev v2
ip -n ns3 -stats link
