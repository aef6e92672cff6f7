# nslab fuzz: minimal reproduction 037-ip-s-s-link-show (shrunk in 60 runs from 30 lines)
# found in scenario 283 of --seed 1001
# first difference in 'ip -s -s link show': kernel '            90       1      0       0       0       0 ', simulator '             0       0      0       0       0       0 '
# signature: ip -s -s link show|            #       #      #       #       #       # |             #       #      #       #       #       # 
# replay: nslab diff 037-ip-s-s-link-show.sh
ip netns add ns1
ip netns add ns2
ip -n ns1 link add v1 type veth peer v1p netns ns2
ip -n ns1 10.1.71.251/24 dev v1
ip netns exec ns1 ip link set v1 up
ip netns exec ns2 ip addr add 10.1.71.33/24 dev v1p
ip netns exec ns2 ip link set v1p up
ip netns exec ns1 ip tuntap
sysctl net.ipv4.neigh.lo.base_reachable_time_ms
ip -n ns2 -s -s link show v1p
