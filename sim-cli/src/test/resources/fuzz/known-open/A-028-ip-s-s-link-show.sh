# nslab fuzz: minimal reproduction 028-ip-s-s-link-show (shrunk in 60 runs from 21 lines)
# found in scenario 182 of --seed 1001
# first difference in 'ip -s -s link show': kernel '           602       7      0       0       0       0 ', simulator '           336       4      0       0       0       0 '
# signature: ip -s -s link show|           #       #      #       #       #       # |           #       #      #       #       #       # 
# replay: nslab diff 028-ip-s-s-link-show.sh
ip netns add ns1
ip netns add ns2
ip -n ns1 link add v1 type veth peer name v1p netns ns2
ip -n ns1 addr add 10.1.151.234/24 dev v1
ip -n ns1 link set v1 up
ip -n ns2 addr add 10.1.151.65/24 dev v1p
ip netns exec ns2 ip link set v1p up
ip netns exec ns2 ping -i 0.2 -W1 -c 2 10.1.151.234
ip netns exec ns1 ping -W 1 -c 2 -i 0.2 10.1.151.234
ip netns exec ns1 ip -s -s link show v1
