# nslab fuzz: minimal reproduction 001-ip-s-s-link-show (shrunk in 80 runs from 27 lines)
# found in scenario 78 of --seed 808
# first difference in 'ip -s -s link show': kernel '           176       2      0       0       0       0 ', simulator '             0       0      0       0       0       0 '
# signature: ip -s -s link show|           #       #      #       #       #       # |             #       #      #       #       #       # 
# replay: nslab diff 001-ip-s-s-link-show.sh
ip link add lo type veth peer name lox
ip netns add ns1
ip netns add ns2
ip -n ns1 link add v1 type veth peer name v1p netns ns2
ip -n ns1 addr add 10.1.61.152/24 dev v1
ip netns exec ns1 ip link set v1 up
ip netns exec ns2 ip addr add 10.1.61.201/24 dev v1p
ip -n ns2 link set v1p up
ip -n ns1 route get 10.1.61.201
ip netns exec ns2 sysctl -w net.ipv4.neigh.lo.no_such_setting=1 net.ipv4.conf.default.arp_ignore=8
ip netns exec ns2 ip -n ns1 a
ip netns exec ns2 ip -s -s link show v1p
ip route add unicast default via 10.1.61.201 metric 1 protocol ntk
ip netns exec ns1 ip -br a
ip -n ns2 neigh show dev v1p
ip -n ns1 rule show pref abc
ip netns exec ns2 ping -c 3 -W 1 -i 0.2 10.1.61.152
ip -n ns1 address add 10.1.61.211/32 brd + dev v1
ip netns add ns3
ip -n ns2 route add 127.1.2.0/24 via 10.1.61.211 table 65536
ip -n ns2 rule add from 10.1.61.201 table 65536
ip netns exec ns2 ping -c 1 -W 1 127.1.2.3
ip netns exec ns2 ip route get 127.1.2.3 from 10.1.61.201
ip -n ns1 link set v1 up
ip -n ns3 r add throw 10.1.61.0/24 tab main protocol dhcp
ip netns exec ns2 sysctl -w net.ipv4.conf.default.promote_secondaries=1 net.ipv4.conf.default.log_martians=3
