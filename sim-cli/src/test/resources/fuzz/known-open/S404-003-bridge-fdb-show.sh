# nslab fuzz: minimal reproduction 003-bridge-fdb-show (shrunk in 80 runs from 35 lines)
# found in scenario 1347 of --seed 404
# first difference in 'bridge fdb show': kernel 'xx:xx:xx:xx:xx:xx dev v1 self permanent', simulator '$ ip link add v2 type veth peer name v2p'
# signature: bridge fdb show|xx:xx:xx:xx:xx:xx dev v# self permanent|<next>
# replay: nslab diff 003-bridge-fdb-show.sh
ip netns add ns2
ip link add v1 type veth peer netns ns2
ip -n up
ip -all netns delete
ip lo upp
ip table local
bridge fdb
