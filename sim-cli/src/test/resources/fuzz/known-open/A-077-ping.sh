# nslab fuzz: minimal reproduction 077-ping (shrunk in 60 runs from 34 lines)
# found in scenario 1041 of --seed 1001
# first difference in 'ping': kernel '0 packets transmitted, 0 received', simulator '5 packets transmitted, 0 received, 100% packet loss, time Tms'
# signature: ping|# packets transmitted, # received|# packets transmitted, # received, #% packet loss, time Tms
# replay: nslab diff 077-ping.sh
ip netns add ns1
ip netns add ns2
ip -n ns1 link add v1 type veth peer name v1p netns ns2
ip -n ns1 addr add 10.1.37.103/24 dev v1
ip netns exec ns1 ip link set v1 up
ip netns exec ns2 ip addr add 10.1.37.52/24 dev v1p
ip -n ns2 link set v1p up
ip netns exec ns2 ping -w1 -t 2 -i 0.2 10.1.37.179
ip netns exec ns1 ping -c 1 -W 1 10.1.37.52 -s 8 -t 64
ip netns exec ns2 ip link set v1p down
ip -n ns1 addr a 127.0.0.4/8 broadcast 127.255.255.255 dev lo
ip neighbor show
ip netns exec ns1 ping -Iv1 -i 0.2 -w 1 10.1.37.52
ip -n ns1 neigh flush dev v1
ip link add v2 type veth peer name v2p
ip -n ns3 address add 10.1.38.178/32 dev lo
ip netns exec ns2 ip neigh show dev v1p
ip route add 10.1.37.0/24 via 10.1.37.52
ip -n ns2 neighbour
ip netns exec ns2 ping -W 1 -c 1 10.1.37.103
ip netns exec ns2 ip neigh show dev v1p
ip netns exec ns1 ping -w 1 -i 0.2 -c2 10.1.37.151
ip -n ns2 a add 127.0.0.2/8 dev lo
ip -n ns1 -f inet addr
