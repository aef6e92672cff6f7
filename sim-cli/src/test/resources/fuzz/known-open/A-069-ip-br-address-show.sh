# nslab fuzz: minimal reproduction 069-ip-br-address-show (shrunk in 60 runs from 29 lines)
# found in scenario 886 of --seed 1001
# first difference in 'ip -br address show': kernel 'v2@ifN           DOWN           ', simulator 'v2@ifN           LOWERLAYERDOWN '
# signature: ip -br address show|v#@ifN           DOWN           |v#@ifN           LOWERLAYERDOWN 
# replay: nslab diff 069-ip-br-address-show.sh
ip netns add ns1
ip link add v1 type veth peer
ip -n ns1 link add v2 type veth peer netns 1
ip netns exec ns1 ip link set v2 up
ip netns exec ns1 ip -brief address
