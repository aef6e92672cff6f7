# nslab fuzz: minimal reproduction 014-bridge-fdb-show (shrunk in 44 runs from 36 lines)
# found in scenario 152 of --seed 7001
# first difference in 'bridge fdb show': kernel '$ ip addr frob', simulator 'xx:xx:xx:xx:xx:xx dev v2p self permanent'
# signature: bridge fdb show|<next>|xx:xx:xx:xx:xx:xx dev v#p self permanent
# replay: nslab diff 014-bridge-fdb-show.sh
ip link add type veth peer v2p
bridge fdb show br v2p
