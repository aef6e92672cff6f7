# nslab fuzz: minimal reproduction 008-ip-link-set (shrunk in 48 runs from 27 lines)
# found in scenario 62 of --seed 7001
# first difference in 'ip link set': kernel 'Error: The interface netns is immutable.', simulator 'RTNETLINK answers: Invalid argument'
# signature: ip link set|Error: The interface netns is immutable.|RTNETLINK answers: Invalid argument
# replay: nslab diff 008-ip-link-set.sh
ip netns add ns3
ip link add br4 type bridge
ip link set br4 netns ns3
