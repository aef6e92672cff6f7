# nslab fuzz: minimal reproduction 002-ping (shrunk in 80 runs from 30 lines)
# found in scenario 72 of --seed 101
# first difference in 'ping': kernel '4 packets transmitted, 0 received, 100% packet loss, time Tms', simulator '3 packets transmitted, 0 received, 100% packet loss, time Tms'
# signature: ping|# packets transmitted, # received, #% packet loss, time Tms|# packets transmitted, # received, #% packet loss, time Tms
# replay: nslab diff 002-ping.sh
ip netns add ns1
ip netns add ns2
ip link add v2 type veth peer name v2p netns ns2
ip -n ns2 addr add 10.1.60.216/24 dev v2p
ip -n ns2 link set v2p up
ip netns exec ns2 ping -i 0.2 -s1472 -w 1 10.1.60.112
