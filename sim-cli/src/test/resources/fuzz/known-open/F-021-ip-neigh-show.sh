# nslab fuzz: minimal reproduction 021-ip-neigh-show (shrunk in 80 runs from 32 lines)
# found in scenario 319 of --seed 7001
# first difference in 'ip neigh show': kernel '$ ip netns exec ns1 ping -W 1 -i 0.2 -c 2 10.1.157.176', simulator '10.1.157.28 dev v3 INCOMPLETE '
# signature: ip neigh show|<next>|#.#.#.# dev v# INCOMPLETE 
# replay: nslab diff 021-ip-neigh-show.sh
ip netns add ns1
ip netns add ns2
ip netns exec ns1 ip link add v3 type veth peer netns ns2
ip -n ns1 addr add 10.1.157.62/24 dev v3
ip -n ns1 link set v3 up
ip netns exec ns1 ping -W 1 -i 0.3 -c 2 10.1.157.28
ip -n ns1 link set v3 address 02:c3:64:c9:fe:07
ip -n ns1 neigh show
