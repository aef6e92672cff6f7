# nslab fuzz: minimal reproduction 004-ip-neigh-show (shrunk in 60 runs from 26 lines)
# found in scenario 185 of --seed 2002
# first difference in 'ip neigh show': kernel '$ ip -n ns2 a', simulator '10.1.12.128 dev v1 lladdr xx:xx:xx:xx:xx:xx DELAY '
# signature: ip neigh show|<next>|#.#.#.# dev v# lladdr xx:xx:xx:xx:xx:xx DELAY 
# replay: nslab diff 004-ip-neigh-show.sh
ip netns add ns1
ip netns add ns2
ip -n ns1 link add v1 type veth peer name v1p netns ns2
ip netns exec ns1 ip addr add 10.1.12.163/24 dev v1
ip netns exec ns1 ip link set v1 up
ip -n ns2 addr add 10.1.12.128/24 dev v1p
ip -n ns2 link set v1p up
ip netns exec ns2 ping -i 0.2 -W 1 -c 3 10.1.12.163
ip netns exec ns1 ip addr del 10.1.12.163/24 dev v1
ip -n ns1 n
