# nslab fuzz: minimal reproduction 074-ip-link-show (shrunk in 60 runs from 29 lines)
# found in scenario 975 of --seed 1001
# first difference in 'ip link show': kernel 'N: v2@ifN: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000', simulator 'N: v1p@ifN: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000'
# signature: ip link show|N: v#@ifN: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu # qdisc noqueue state UP mode DEFAULT group default qlen #|N: v#p@ifN: <BROADCAST,MULTICAST> mtu # qdisc noop state DOWN mode DEFAULT group default qlen #
# replay: nslab diff 074-ip-link-show.sh
ip netns add ns1
ip -n ns1 link add v1 type veth peer name v1p netns 1
ip netns delete ns1
ip netns add ns2
ip link add v2 type veth peer name v2p netns ns2
ip link set v2 up
ip -n ns2 link set v2p up
ip link
