# nslab fuzz: minimal reproduction 032-ip-link-set (shrunk in 48 runs from 35 lines)
# found in scenario 258 of --seed 1001
# first difference in 'ip link set': kernel '$ ip -n ns4 link set v3p up', simulator 'Error: mtu less than device minimum.'
# signature: ip link set|<next>|Error: mtu less than device minimum.
# replay: nslab diff 032-ip-link-set.sh
ip
ip link set lo mtu 1
