# nslab fuzz: minimal reproduction 025-ip-address-show (shrunk in 80 runs from 33 lines)
# found in scenario 382 of --seed 7001
# first difference in 'ip address show': kernel 'N: v1p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000', simulator 'N: v1p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000'
# signature: ip address show|N: v#p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu # qdisc noqueue state DOWN group default qlen #|N: v#p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu # qdisc noqueue state LOWERLAYERDOWN group default qlen #
# replay: nslab diff 025-ip-address-show.sh
ip netns add ns1
ip netns add ns2
ip netns exec ns1 ip link add v1 type veth peer name v1p netns ns2
ip -n ns2 link set v1p up
ip netns add ns3
ip -n ns2 link add v2 type veth peer name v2p netns ns3
ip -n ns1 link set v1 netns ns3
ip netns exec ns2 ip address show
