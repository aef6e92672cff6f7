# nslab fuzz: minimal reproduction 022-ip-route-replace (shrunk in 60 runs from 35 lines)
# found in scenario 141 of --seed 1001
# first difference in 'ip route replace': kernel 'RTNETLINK answers: Network is down', simulator 'Error: Nexthop device is not up.'
# signature: ip route replace|RTNETLINK answers: Network is down|Error: Nexthop device is not up.
# replay: nslab diff 022-ip-route-replace.sh
ip netns add ns2
ip netns exec ns2 ip link add v4 type veth peer
ip -n ns2 addr a 10.1.81.240/24 dev v4
ip netns exec ns2 ip route replace 10.1.0.0/16 via 10.1.81.240
