# nslab fuzz: minimal reproduction 055-ip-link-set (shrunk in 43 runs from 15 lines)
# found in scenario 605 of --seed 1001
# first difference in 'ip link set': kernel 'Error: The interface netns is immutable.', simulator 'RTNETLINK answers: Invalid argument'
# signature: ip link set|Error: The interface netns is immutable.|RTNETLINK answers: Invalid argument
# replay: nslab diff 055-ip-link-set.sh
ip link add br2 type bridge
ip netns add ns1
ip link set br2 netns ns1
