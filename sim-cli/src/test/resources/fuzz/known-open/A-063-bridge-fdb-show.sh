# nslab fuzz: minimal reproduction 063-bridge-fdb-show (shrunk in 60 runs from 25 lines)
# found in scenario 728 of --seed 1001
# first difference in 'bridge fdb show': kernel '$ ip -n ns1 addr a 10.1.23.205/25 dev v1p', simulator 'xx:xx:xx:xx:xx:xx dev v1 self permanent'
# signature: bridge fdb show|<next>|xx:xx:xx:xx:xx:xx dev v# self permanent
# replay: nslab diff 063-bridge-fdb-show.sh
ip ns1
ip link add v1 type veth peer
bridge fdb show br v1
