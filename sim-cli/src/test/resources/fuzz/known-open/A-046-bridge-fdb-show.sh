# nslab fuzz: minimal reproduction 046-bridge-fdb-show (shrunk in 60 runs from 19 lines)
# found in scenario 456 of --seed 1001
# first difference in 'bridge fdb show': kernel '$ ip -n ns2 -stats link', simulator 'xx:xx:xx:xx:xx:xx dev v1p self permanent'
# signature: bridge fdb show|<next>|xx:xx:xx:xx:xx:xx dev v#p self permanent
# replay: nslab diff 046-bridge-fdb-show.sh
ip ns1
ip netns add ns2
ip link add type veth peer name v1p netns ns2
ip netns exec ns2 bridge fdb show br v1p
