# nslab fuzz: minimal reproduction 083-ip-netns-show (shrunk in 60 runs from 33 lines)
# found in scenario 1112 of --seed 1001
# first difference in 'ip netns show': kernel 'ns2 (id: 0)', simulator 'ns2'
# signature: ip netns show|ns# (id: #)|ns#
# replay: nslab diff 083-ip-netns-show.sh
ip netns add ns1
ip netns add ns2
ip netns add ns3
ip -n ns2 link add v2 type veth peer name v2p netns ns3
ip netns exec ns3 ip link set v2p netns ns1
ip netns exec ns3 ip netns list
