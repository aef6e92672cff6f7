# nslab fuzz: minimal reproduction 052-bridge-fdb-show (shrunk in 60 runs from 26 lines)
# found in scenario 508 of --seed 1001
# first difference in 'bridge fdb show': kernel '$ ip link show master v1p', simulator 'xx:xx:xx:xx:xx:xx self permanent'
# signature: bridge fdb show|<next>|xx:xx:xx:xx:xx:xx self permanent
# replay: nslab diff 052-bridge-fdb-show.sh
ip netns add ns1
ip netns add ns2
ip -n ns1 link add v2 type veth peer name v2p netns ns2
ip -n ns1 link set v2 up
ip netns exec ns2 ip link set v2p up
bridge -n ns2 fdb show dev v2p
