# nslab fuzz: minimal reproduction 032-ip-4-address-show (shrunk in 80 runs from 26 lines)
# found in scenario 563 of --seed 7001
# first difference in 'ip -4 address show': kernel 'N: v1p@v1: <BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state UP group default qlen 1000', simulator 'N: v1p@v1: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000'
# signature: ip -4 address show|N: v#p@v#: <BROADCAST,MULTICAST,UP,M-DOWN> mtu # qdisc noqueue state UP group default qlen #|N: v#p@v#: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu # qdisc noqueue state LOWERLAYERDOWN group default qlen #
# replay: nslab diff 032-ip-4-address-show.sh
ip netns add ns1
ip link add v1 type veth peer v1p netns ns1
ip link set v1 up
ip -n ns1 addr add 10.1.132.142/24 dev v1p
ip netns exec ns1 ip link set v1p up
ip netns exec ns1 ip r add 10.1.132.172/32 via 10.1.132.8 oif v1p preference 1
ip link set v1 netns ns1
ip netns exec ns1 ip -4 a show up
