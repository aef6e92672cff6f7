# nslab fuzz: minimal reproduction 022-ip-route-add (shrunk in 60 runs from 29 lines)
# found in scenario 851 of --seed 2002
# first difference in 'ip route add': kernel 'Error: Nexthop has invalid gateway.', simulator '$ ip link show master v1p'
# signature: ip route add|Error: Nexthop has invalid gateway.|<next>
# replay: nslab diff 022-ip-route-add.sh
ip link add type veth peer name v1p
ip a add 10.1.64.27/24 dev v1p
ip a add 10.1.64.98/24 dev v1p
ip link set v1p up
ip addr del 10.1.64.27/24 dev v1p
ip route a 10.1.69.0/24 via 10.1.64.6 dev v1p metric 0
