# nslab fuzz: minimal reproduction 075-ip-br-address-show (shrunk in 60 runs from 28 lines)
# found in scenario 1026 of --seed 1001
# first difference in 'ip -br address show': kernel 'v3p@ifN          DOWN           ', simulator 'v3p@ifN          LOWERLAYERDOWN '
# signature: ip -br address show|v#p@ifN          DOWN           |v#p@ifN          LOWERLAYERDOWN 
# replay: nslab diff 075-ip-br-address-show.sh
ip netns add ns1
ip link add v2 type veth peer
ip link add type veth peer name v3p netns ns1
ip netns exec ns1 ip link set v3p up
ip netns exec ns1 ip -br addr
