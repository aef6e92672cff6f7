# nslab fuzz: minimal reproduction 012-ip-s-link-show (shrunk in 60 runs from 29 lines)
# found in scenario 444 of --seed 2002
# first difference in 'ip -s link show': kernel '        134308      93      0       0       0       0 ', simulator '        134132      91      0       0       0       0 '
# signature: ip -s link show|        #      #      #       #       #       # |        #      #      #       #       #       # 
# replay: nslab diff 012-ip-s-link-show.sh
ip netns add ns1
ip link add v1 type veth peer name v1p netns ns1
ip addr add 10.1.139.77/24 dev v1
ip link set v1 up
ip netns exec ns1 ip addr add 10.1.139.203/24 dev v1p
ip netns exec ns1 ip link set v1p up
ip netns add ns2
ip -n ns1 link add v2 type veth peer name v2p netns ns2
ip -n ns1 addr add 10.1.140.151/24 dev v2
ip netns exec ns1 ip link set v2 up
ip netns exec ns2 ip addr add 10.1.140.104/24 dev v2p
ip -n ns2 link set v2p up
ip netns exec ns1 sysctl -w net.ipv4.ip_forward=1
ip route add 10.1.140.0/24 via 10.1.139.203
ip -n ns2 route add default via 10.1.140.151
ip -n ns2 link set v2p name r3
ping -c 2 10.1.140.104 -s 65507 -i0.2 -W 1
ip route a 10.1.140.0/24 via 10.1.139.203
ip -statistics link show v1
