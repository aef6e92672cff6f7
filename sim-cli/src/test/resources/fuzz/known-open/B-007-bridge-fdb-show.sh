# nslab fuzz: minimal reproduction 007-bridge-fdb-show (shrunk in 60 runs from 30 lines)
# found in scenario 270 of --seed 2002
# first difference in 'bridge fdb show': kernel 'xx:xx:xx:xx:xx:xx dev v4 self permanent', simulator 'xx:xx:xx:xx:xx:xx dev v3p self permanent'
# signature: bridge fdb show|xx:xx:xx:xx:xx:xx dev v# self permanent|xx:xx:xx:xx:xx:xx dev v#p self permanent
# replay: nslab diff 007-bridge-fdb-show.sh
ip netns add ns1
ip netns add ns2
ip -n ns1 link add v3 type veth peer name v3p netns ns2
ip -n ns1 link set v3 up
ip -n ns2 link set v3p up
ip netns add ns3
ip -n ns2 link add v4 type veth peer name v4p netns ns3
bridge -n ns2 fdb
