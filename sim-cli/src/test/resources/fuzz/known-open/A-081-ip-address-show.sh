# nslab fuzz: minimal reproduction 081-ip-address-show (shrunk in 60 runs from 32 lines)
# found in scenario 1088 of --seed 1001
# first difference in 'ip address show': kernel 'N: v3p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000', simulator 'N: v3p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000'
# signature: ip address show|N: v#p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu # qdisc noqueue state DOWN group default qlen #|N: v#p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu # qdisc noqueue state LOWERLAYERDOWN group default qlen #
# replay: nslab diff 081-ip-address-show.sh
ip netns add ns1
ip link add v2 type veth peer netns ns1
ip netns add ns2
ip netns exec ns1 ip link add v3 type veth peer name v3p netns ns2
ip -n ns2 link set dev v3p up
ip -n ns2 address show dev v3p
