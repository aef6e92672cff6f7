# nslab fuzz: minimal reproduction 012-ip-route-delete (shrunk in 26 runs from 22 lines)
# found in scenario 115 of --seed 7001
# first difference in 'ip route delete': kernel 'Error: Invalid prefix for given prefix length.', simulator 'Error: FIB table does not exist.'
# signature: ip route delete|Error: Invalid prefix for given prefix length.|Error: FIB table does not exist.
# replay: nslab diff 012-ip-route-delete.sh
ip netns add ns2
ip netns exec ns2 ip route del 10.1.180.7/24
