# nslab fuzz: minimal reproduction 007-ip-address-show (shrunk in 80 runs from 33 lines)
# found in scenario 60 of --seed 7001
# first difference in 'ip address show': kernel 'N: v1p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000', simulator 'N: v1p@ifN: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000'
# signature: ip address show|N: v#p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu # qdisc noqueue state DOWN group default qlen #|N: v#p@ifN: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu # qdisc noqueue state UP group default qlen #
# replay: nslab diff 007-ip-address-show.sh
ip netns add ns2
ip netns add ns3
ip -n ns2 link add v1 type veth peer v1p netns ns3
ip -n ns2 link set v1 up
ip -n ns3 addr add 10.1.54.83/24 dev v1p
ip -n ns3 link set v1p up
ip netns add ns4
ip netns exec ns4 ip -n ns3 a
