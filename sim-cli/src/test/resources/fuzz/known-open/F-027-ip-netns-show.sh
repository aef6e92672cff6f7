# nslab fuzz: minimal reproduction 027-ip-netns-show (shrunk in 80 runs from 25 lines)
# found in scenario 412 of --seed 7001
# first difference in 'ip netns show': kernel 'ns3 (id: 0)', simulator 'ns3'
# signature: ip netns show|ns# (id: #)|ns#
# replay: nslab diff 027-ip-netns-show.sh
ip netns add ns3
ip netns add ns4
ip -n ns3 link add type veth peer name v1p netns ns4
ip netns exec ns4 ip addr add dev v1p
ip netns exec ns4 ip netns
