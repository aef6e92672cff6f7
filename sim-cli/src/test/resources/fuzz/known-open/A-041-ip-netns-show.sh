# nslab fuzz: minimal reproduction 041-ip-netns-show (shrunk in 60 runs from 36 lines)
# found in scenario 400 of --seed 1001
# first difference in 'ip netns show': kernel 'ns4 (id: 1)', simulator 'ns4 (id: 0)'
# signature: ip netns show|ns# (id: #)|ns# (id: #)
# replay: nslab diff 041-ip-netns-show.sh
ip netns add ns3
ip link add v2 type veth peer name v2p netns ns3
ip netns exec ns3 ip link set v2p up
ip netns add ns4
ip netns exec ns3 ip link add v3 type veth peer name v3p netns ns4
ip netns exec ns3 ip netns list
