# nslab fuzz: minimal reproduction 019-ip-s-link-show (shrunk in 80 runs from 35 lines)
# found in scenario 277 of --seed 7001
# first difference in 'ip -s link show': kernel 'N: v3p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state DOWN mode DEFAULT group default qlen 1000', simulator 'N: v3p@ifN: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000'
# signature: ip -s link show|N: v#p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu # qdisc noqueue state DOWN mode DEFAULT group default qlen #|N: v#p@ifN: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu # qdisc noqueue state UP mode DEFAULT group default qlen #
# replay: nslab diff 019-ip-s-link-show.sh
ip netns add ns2
ip netns add ns3
ip -n ns2 link add v3 type veth peer v3p netns ns3
ip netns exec ns2 ip link set v3 up
ip -n ns3 link set v3p up
ip -n ns3 -stats link
