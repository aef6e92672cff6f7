# nslab fuzz: minimal reproduction 002-ping (shrunk in 80 runs from 29 lines)
# found in scenario 405 of --seed 808
# first difference in 'ping': kernel 'ping: sendmsg: No buffer space available', simulator ''
# signature: ping|ping: sendmsg: No buffer space available|
# replay: nslab diff 002-ping.sh
ip netns add ns2
ip netns add ns3
ip netns exec ns2 ip link add v2 type veth peer name v2p netns ns3
ip -n ns2 addr add 10.1.5.182/24 dev v2
ip -n ns2 link set v2 up
ip -n ns3 addr add 10.1.5.76/24 dev v2p
ip netns exec ns3 ip link set v2p up
ip -n ns3 link set v2p mtu 1400
ip netns exec ns2 ping -W 1 -c 1 -s 65507 -i 0.2 10.1.5.76
