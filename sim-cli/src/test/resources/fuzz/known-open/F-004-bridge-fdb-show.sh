# nslab fuzz: minimal reproduction 004-bridge-fdb-show (shrunk in 80 runs from 19 lines)
# found in scenario 41 of --seed 7001
# first difference in 'bridge fdb show': kernel '$ ip -n ns1 link set v1 mtu 1280', simulator 'xx:xx:xx:xx:xx:xx dev v1 self permanent'
# signature: bridge fdb show|<next>|xx:xx:xx:xx:xx:xx dev v# self permanent
# replay: nslab diff 004-bridge-fdb-show.sh
ip netns add ns1
ip netns add ns2
ip -n ns1 link add v1 type veth peer
ip netns exec ns1 bridge fdb show br v1
