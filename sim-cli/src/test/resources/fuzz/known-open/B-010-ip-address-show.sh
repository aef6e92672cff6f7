# nslab fuzz: minimal reproduction 010-ip-address-show (shrunk in 60 runs from 33 lines)
# found in scenario 379 of --seed 2002
# first difference in 'ip address show': kernel 'N: v2p@v2: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000', simulator 'N: v1p@ifN: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000'
# signature: ip address show|N: v#p@v#: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu # qdisc noqueue state LOWERLAYERDOWN group default qlen #|N: v#p@ifN: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu # qdisc noqueue state UP group default qlen #
# replay: nslab diff 010-ip-address-show.sh
ip netns add ns1
ip netns add ns2
ip netns exec ns1 ip link add v1 type veth peer name v1p netns ns2
ip -n ns1 link set v1 up
ip -n ns2 link set v1p up
ip netns delete
ip netns delete ns1
ip -n ns2 link add v2 type veth peer name v2p
ip -n ns2 a add 10.1.13.29/32 brd - dev v2
ip -n ns2 link set dev v2p up
sysctl -w net.ipv4.ip_default_ttl=256
ip -n ns2 address show
