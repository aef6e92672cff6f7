# nslab fuzz: minimal reproduction 004-ip-s-link-show (shrunk in 80 runs from 30 lines)
# found in scenario 966 of --seed 808
# first difference in 'ip -s link show': kernel '          5226      13      0       0       0       0 ', simulator '          4710       7      0       0       0       0 '
# signature: ip -s link show|          #      #      #       #       #       # |          #       #      #       #       #       # 
# replay: nslab diff 004-ip-s-link-show.sh
ip netns add ns1
ip link add v1 type veth peer netns ns1
ip netns add ns2
ip -n ns1 link add v2 type veth peer name v2p netns ns2
ip netns exec ns1 ip addr add 10.1.78.212/24 dev v2
ip -n ns1 link set v2 up
ip -n ns2 addr add 10.1.78.214/24 dev v2p
ip -n ns2 link set v2p up
ip netns exec ns1 sysctl -w net.ipv4.conf.all.forwarding=1
ip route add 10.1.78.0/24 via 10.1.77.94
ip -n ns2 route add 10.1.77.0/24 via 10.1.78.212
ip -n ns2 route del 10.1.77.0/24 via 10.1.78.212
ip netns exec ns1 ping -c3 -i 0.2 -s 1480 -W 1 10.1.78.214
ip neigh flush dev v1
ping -c 1 -W 1 10.1.78.214
ip -n ns2 -s link show v2p
