# nslab fuzz: minimal reproduction 003-ip-j-p-s-link-show (shrunk in 80 runs from 36 lines)
# found in scenario 92 of --seed 101
# first difference in 'ip -j -p -s link show': kernel '                "bytes": 90,', simulator '                "bytes": 0,'
# signature: ip -j -p -s link show|                "bytes": #,|                "bytes": #,
# replay: nslab diff 003-ip-j-p-s-link-show.sh
ip netns add ns2
ip netns add ns3
ip -n ns2 link add v2 type veth peer name v2p netns ns3
ip netns exec ns2 ip link set v2 up
ip netns exec ns3 ip link set v2p up
ip -n ns2 link set v1p up
ip -n ns3 -j -p -s link show v2p
