# nslab fuzz: minimal reproduction 004-ip-address-show (shrunk in 40 runs from 27 lines)
# found in scenario 714 of --seed 4004
# first difference in 'ip address show': kernel 'N: v1p@v1: <BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state UP group default qlen 1000', simulator 'N: v1p@v1: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000'
# signature: ip address show|N: v#p@v#: <BROADCAST,MULTICAST,UP,M-DOWN> mtu # qdisc noqueue state UP group default qlen #|N: v#p@v#: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu # qdisc noqueue state LOWERLAYERDOWN group default qlen #
# replay: nslab diff 004-ip-address-show.sh
ip netns add ns1
ip link add v1 type veth peer name v1p netns ns1
ip link set v1 up
ip -n ns1 link set v1p up
ip -n ns1 a del 10.1.8.41/24 dev v1p
ip link set v1 netns ns1
ip netns exec ns1 ip -n ns1 a
