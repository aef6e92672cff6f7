# nslab fuzz: minimal reproduction 040-bridge-fdb-show (shrunk in 40 runs from 28 lines)
# found in scenario 403 of --seed 1001
# first difference in 'bridge fdb show': kernel 'null', simulator 'xx:xx:xx:xx:xx:xx dev tap1 self permanent'
# signature: bridge fdb show|<next>|xx:xx:xx:xx:xx:xx dev tap# self permanent
# replay: nslab diff 040-bridge-fdb-show.sh
ip tuntap add mode tap tap1
bridge fdb show br tap1
