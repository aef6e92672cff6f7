# nslab fuzz: minimal reproduction 020-ip-link-show (shrunk in 80 runs from 35 lines)
# found in scenario 297 of --seed 7001
# first difference in 'ip link show': kernel 'N: v1p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state DOWN mode DEFAULT group default qlen 1000', simulator 'N: v1p@ifN: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000'
# signature: ip link show|N: v#p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu # qdisc noqueue state DOWN mode DEFAULT group default qlen #|N: v#p@ifN: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu # qdisc noqueue state UP mode DEFAULT group default qlen #
# replay: nslab diff 020-ip-link-show.sh
ip netns add ns4
ip netns add ns5
ip netns exec ns4 ip link add v1 type veth peer v1p netns ns5
ip -n ns4 link set v1 up
ip -n ns5 link set v1p up
ip netns exec ns5 ip link
