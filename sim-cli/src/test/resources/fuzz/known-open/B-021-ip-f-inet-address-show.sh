# nslab fuzz: minimal reproduction 021-ip-f-inet-address-show (shrunk in 60 runs from 31 lines)
# found in scenario 843 of --seed 2002
# first difference in 'ip -f inet address show': kernel 'N: v2@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000 link-netnsid N', simulator 'N: v2@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000 link-netnsid N'
# signature: ip -f inet address show|N: v#@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu # qdisc noqueue state DOWN group default qlen # link-netnsid N|N: v#@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu # qdisc noqueue state LOWERLAYERDOWN group default qlen # link-netnsid N
# replay: nslab diff 021-ip-f-inet-address-show.sh
ip netns add ns1
ip netns add ns2
ip netns exec ns1 ip link add v1 type veth peer name v1p netns ns2
ip -n ns1 link set v1 up
ip -n ns2 link set v1p up
ip netns add ns3
ip -n ns2 link add v2 type veth peer name v2p netns ns3
ip netns exec ns2 ip link set v2 up
ip -n ns3 link set v2p netns 1
ip netns exec ns2 ip -4 route
ip -n ns2 addr a 10.1.123.191/30 broadcast 10.1.123.191 dev v2
ip -n ns3 route add 10.1.124.7/24 via
ip netns exec ns2 ip -f inet addr
