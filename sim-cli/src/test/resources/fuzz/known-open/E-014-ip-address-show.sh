# nslab fuzz: minimal reproduction 014-ip-address-show (shrunk in 40 runs from 30 lines)
# found in scenario 876 of --seed 3003
# first difference in 'ip address show': kernel 'N: v2@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000', simulator 'N: v2@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000'
# signature: ip address show|N: v#@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu # qdisc noqueue state DOWN group default qlen #|N: v#@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu # qdisc noqueue state LOWERLAYERDOWN group default qlen #
# replay: nslab diff 014-ip-address-show.sh
ip netns add ns1
ip netns add ns2
ip -n ns1 link add v1 type veth peer name v1p netns ns2
ip netns exec ns1 ip addr add 10.1.67.191/24 dev v1
ip -n ns1 link set v1 up
ip -n ns2 addr add 10.1.67.48/24 dev v1p
ip netns exec ns2 ip link set v1p up
ip netns add ns3
ip -n ns2 link add v2 type veth peer name v2p netns ns3
ip -n ns2 addr add 10.1.68.112/24 dev v2
ip -n ns2 link set v2 up
ip -n ns3 addr add 10.1.68.204/24 dev v2p
ip netns exec ns2 ping -c 2 10.1.68.204 -i0.3 -W 1
ip netns exec ns2 ip addr a 10.1.68.8/24 dev v2
ip -n ns3 link set v2p down
ip -n ns1 route replace 10.1.67.0/24 dev v1
ip netns add ns4
ip -n ns2 link set dev v2 up
ip netns exec ns3 ip -n ns2 a
ip netns exec ns3 ip -br a
ip netns exec ns1 ip route
ip address add 10.1.70.159/32 dev lo
