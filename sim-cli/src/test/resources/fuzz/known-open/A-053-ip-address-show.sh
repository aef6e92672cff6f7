# nslab fuzz: minimal reproduction 053-ip-address-show (shrunk in 60 runs from 29 lines)
# found in scenario 534 of --seed 1001
# first difference in 'ip address show': kernel 'N: v2p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000', simulator 'N: v2p@ifN: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000'
# signature: ip address show|N: v#p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu # qdisc noqueue state DOWN group default qlen #|N: v#p@ifN: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu # qdisc noqueue state UP group default qlen #
# replay: nslab diff 053-ip-address-show.sh
ip netns add ns2
ip netns add ns3
ip -n ns2 link add v2 type veth peer name v2p netns ns3
ip -n ns2 link set v2 up
ip -n ns3 link set v2p up
ip netns exec ns3 ip address show
