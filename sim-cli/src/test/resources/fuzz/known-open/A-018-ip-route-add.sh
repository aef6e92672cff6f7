# nslab fuzz: minimal reproduction 018-ip-route-add (shrunk in 60 runs from 21 lines)
# found in scenario 101 of --seed 1001
# first difference in 'ip route add': kernel 'RTNETLINK answers: Network is down', simulator 'Error: Nexthop device is not up.'
# signature: ip route add|RTNETLINK answers: Network is down|Error: Nexthop device is not up.
# replay: nslab diff 018-ip-route-add.sh
ip link add type veth peer v1p
ip address add 10.1.65.103/24 dev v1p
ip r add 10.1.67.0/24 via 10.1.65.103
