# nslab fuzz: minimal reproduction 028-ip-address-show (shrunk in 80 runs from 23 lines)
# found in scenario 427 of --seed 7001
# first difference in 'ip address show': kernel 'N: v1p@ifN: <BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state UP group default qlen 1000', simulator 'N: v1p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000'
# signature: ip address show|N: v#p@ifN: <BROADCAST,MULTICAST,UP> mtu # qdisc noqueue state UP group default qlen #|N: v#p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu # qdisc noqueue state DOWN group default qlen #
# replay: nslab diff 028-ip-address-show.sh
ip netns add ns1
ip netns add ns2
ip -n ns1 link add v1 type veth peer v1p netns ns2
ip -n ns1 link set v1 up
ip -n ns2 link set v1p up
ip -n ns2 link set dev v1p up
ip -n ns1 link set v1 netns 1
ip -n ns2 a
