# nslab fuzz: minimal reproduction 001-ip-s-link-show (shrunk in 80 runs from 13 lines)
# found in scenario 50 of --seed 303
# first difference in 'ip -s link show': kernel '           406       5      0       0       0       0 ', simulator '           140       2      0       0       0       0 '
# signature: ip -s link show|           #       #      #       #       #       # |           #       #      #       #       #       # 
# replay: nslab diff 001-ip-s-link-show.sh
ip netns add ns1
ip netns add ns2
ip -n ns1 link add v1 type veth peer v1p netns ns2
ip netns exec ns1 ip addr add 10.1.184.169/24 dev v1
ip netns exec ns1 ip link set v1 up
ip netns exec ns2 ip addr add 10.1.184.250/24 dev v1p
ip -n ns2 link set v1p up
ip -n ns2 link set v1p mtu 576
ip -n ns1 route add 10.1.185.0/24 via 10.1.184.250 table 200
ip netns exec ns1 ip rule add from 10.1.184.169 lookup 200 pref 12677
ip netns exec ns1 ping -c 1 -W 1 -I 10.1.184.169 10.1.185.46
ip -n ns2 -stats link
