# nslab fuzz: minimal reproduction 033-ping (shrunk in 80 runs from 33 lines)
# found in scenario 597 of --seed 7001
# first difference in 'ping': kernel '64 bytes from 10.1.188.21: icmp_seq=1 ttl=64 time=T ms', simulator ''
# signature: ping|# bytes from #.#.#.#: icmp_seq=# ttl=# time=T ms|
# replay: nslab diff 033-ping.sh
ip netns add ns1
ip link add v1 type veth peer v1p netns ns1
ip addr add 10.1.188.21/24 dev v1
ip link set v1 up
ip -n ns1 addr add 10.1.188.217/24 dev v1p
ip netns exec ns1 ip link set v1p up
ip route add 10.1.189.0/24 via 10.1.188.217
ping -i0.2 -c2 -I 10.1.188.21 -w 1 10.1.189.38
ip netns exec ns1 ip link set v1p address 02:6c:bc:38:0a:02
ip netns exec ns1 ping -i 0.2 -I 10.1.188.217 -c 2 -w 1 10.1.188.21
