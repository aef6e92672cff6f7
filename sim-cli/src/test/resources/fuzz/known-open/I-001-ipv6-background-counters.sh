# nslab fuzz: minimal reproduction 001-ip-s-link-show (shrunk in 30 runs from 14 lines)
# found in scenario 91 of --seed 1796135500815
# first difference in 'ip -s link show': kernel '          3230       6      0       0       0       0 ', simulator '          3140       5      0       0       0       0 '
# signature: ip -s link show|          #       #      #       #       #       # |          #       #      #       #       #       # 
# replay: nslab diff 001-ip-s-link-show.sh
ip netns add ns1
ip link add v1 type veth peer name v1p netns ns1
ip addr add 10.1.146.69/24 dev v1
ip link set v1 up
ip netns exec ns1 ip addr add 10.1.146.34/24 dev v1p
ip -n ns1 link set v1p up
ping -s 1473 -4 -i 0.2 -W 1 -c 2 10.1.146.34
ip netns exec ns1 ip -stats link
