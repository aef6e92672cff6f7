# nslab fuzz: minimal reproduction 014-ip-route-delete (shrunk in 8 runs from 30 lines)
# found in scenario 45 of --seed 1001
# first difference in 'ip route delete': kernel 'Error: Invalid prefix for given prefix length.', simulator 'RTNETLINK answers: No such process'
# signature: ip route delete|Error: Invalid prefix for given prefix length.|RTNETLINK answers: No such process
# replay: nslab diff 014-ip-route-delete.sh
ip route del 10.1.70.7/24
