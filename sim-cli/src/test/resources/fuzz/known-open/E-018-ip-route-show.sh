# nslab fuzz: minimal reproduction 018-ip-route-show (shrunk in 40 runs from 31 lines)
# found in scenario 1168 of --seed 3003
# first difference in 'ip route show': kernel 'local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 ', simulator 'broadcast 10.1.199.255 dev v1 proto kernel scope link src 10.1.199.126 '
# signature: ip route show|local #.#.#.#/# dev lo proto kernel scope host src #.#.#.# |broadcast #.#.#.# dev v# proto kernel scope link src #.#.#.# 
# replay: nslab diff 018-ip-route-show.sh
ip netns add ns1
ip link add v1 type veth peer v1p netns ns1
ip addr add 10.1.199.177/24 dev v1
ip link set v1 up
ip -n ns1 link set v1p up
ip addr a 10.1.199.126/24 broadcast 10.1.199.255 dev v1
ip route show table local
