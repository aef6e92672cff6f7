# nslab fuzz: minimal reproduction 002-ip-link-show (shrunk in 40 runs from 32 lines)
# found in scenario 284 of --seed 3003
# first difference in 'ip link show': kernel 'N: v2p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN mode DEFAULT group default qlen 1000', simulator 'N: v2p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group default qlen 1000'
# signature: ip link show|N: v#p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu # qdisc noqueue state DOWN mode DEFAULT group default qlen #|N: v#p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu # qdisc noqueue state LOWERLAYERDOWN mode DEFAULT group default qlen #
# replay: nslab diff 002-ip-link-show.sh
ip netns add ns1
ip netns add ns2
ip link add v1 type veth peer name v1p netns ns2
ip -n ns2 link set v1p up
ip -n ns2 link set lo up
ip netns add ns3
ip -n ns2 link add v2 type veth peer name v2p netns ns3
ip netns exec ns2 ip addr add 10.1.153.89/24 dev v2
ip -n ns3 link set v2p up
ip netns exec ns2 sysctl -w net.ipv4.ip_forward=1
ip -n ns2 link add v3 type veth peer name v3p
ip -n ns3 link show
