# nslab fuzz: minimal reproduction 049-ip-link-show (shrunk in 60 runs from 34 lines)
# found in scenario 451 of --seed 1001
# first difference in 'ip link show': kernel 'N: v1p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state DOWN mode DEFAULT group default qlen 1000', simulator 'N: v1p@ifN: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000'
# signature: ip link show|N: v#p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu # qdisc noqueue state DOWN mode DEFAULT group default qlen #|N: v#p@ifN: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu # qdisc noqueue state UP mode DEFAULT group default qlen #
# replay: nslab diff 049-ip-link-show.sh
ip netns add ns2
ip netns add ns3
ip -n ns2 link add v1 type veth peer name v1p netns ns3
ip -n ns2 link set v1 up
ip -n ns3 link set v1p up
ip -n ns3 link
