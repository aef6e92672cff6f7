# nslab fuzz: minimal reproduction 005-ip-netns-show (shrunk in 80 runs from 18 lines)
# found in scenario 50 of --seed 7001
# first difference in 'ip netns show': kernel 'ns2 (id: 1)', simulator 'ns2 (id: 0)'
# signature: ip netns show|ns# (id: #)|ns# (id: #)
# replay: nslab diff 005-ip-netns-show.sh
ip netns add ns1
ip link add netns ns1 type veth peer v1p
ip netns add ns2
ip link set v1p netns ns2
ip netns
