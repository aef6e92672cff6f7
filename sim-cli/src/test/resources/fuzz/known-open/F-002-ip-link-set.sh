# nslab fuzz: minimal reproduction 002-ip-link-set (shrunk in 46 runs from 34 lines)
# found in scenario 4 of --seed 7001
# first difference in 'ip link set': kernel '$ ip link set nosuch0 up', simulator 'Error: mtu less than device minimum.'
# signature: ip link set|<next>|Error: mtu less than device minimum.
# replay: nslab diff 002-ip-link-set.sh
ip
ip link set lo mtu 0
