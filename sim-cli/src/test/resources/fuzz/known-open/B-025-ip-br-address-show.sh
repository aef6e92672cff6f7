# nslab fuzz: minimal reproduction 025-ip-br-address-show (shrunk in 60 runs from 25 lines)
# found in scenario 1130 of --seed 2002
# first difference in 'ip -br address show': kernel 'v1p@ifN          DOWN           10.1.184.226/24 ', simulator 'v1p@ifN          LOWERLAYERDOWN 10.1.184.226/24 '
# signature: ip -br address show|v#p@ifN          DOWN           #.#.#.#/# |v#p@ifN          LOWERLAYERDOWN #.#.#.#/# 
# replay: nslab diff 025-ip-br-address-show.sh
ip netns add ns2
ip link add v1 type veth peer v1p netns ns2
ip netns exec ns2 ip addr add 10.1.184.226/24 dev v1p
ip netns exec ns2 ip link set v1p up
ip netns add ns3
ip netns exec ns2 ip link add v2 type veth peer name v2p netns ns3
ip link set v1 netns ns3
ip netns exec ns2 ip -br a
