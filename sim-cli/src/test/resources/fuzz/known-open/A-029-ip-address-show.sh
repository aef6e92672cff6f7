# nslab fuzz: minimal reproduction 029-ip-address-show (shrunk in 60 runs from 36 lines)
# found in scenario 189 of --seed 1001
# first difference in 'ip address show': kernel 'N: v1@ifN: <BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state UP group default qlen 1000', simulator 'N: v1@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000'
# signature: ip address show|N: v#@ifN: <BROADCAST,MULTICAST,UP> mtu # qdisc noqueue state UP group default qlen #|N: v#@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu # qdisc noqueue state LOWERLAYERDOWN group default qlen #
# replay: nslab diff 029-ip-address-show.sh
ip netns add ns1
ip netns add ns2
ip netns exec ns1 ip link add v1 type veth peer v1p netns ns2
ip -n ns1 link set v1 up
ip -n ns2 link set v1p up
ip link add name v2 type veth peer name v2p
ip netns exec ns2 ip link set v1p netns 1
ip -n ns1 address show
