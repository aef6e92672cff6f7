# nslab fuzz: minimal reproduction 013-ip-4-address-show (shrunk in 80 runs from 35 lines)
# found in scenario 148 of --seed 7001
# first difference in 'ip -4 address show': kernel 'N: r3@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000 link-netns NS', simulator 'N: r3@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000 link-netns NS'
# signature: ip -4 address show|N: r#@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu # qdisc noqueue state DOWN group default qlen # link-netns NS|N: r#@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu # qdisc noqueue state LOWERLAYERDOWN group default qlen # link-netns NS
# replay: nslab diff 013-ip-4-address-show.sh
ip netns add ns1
ip link add v1 type veth peer name v1p netns ns1
ip netns add ns2
ip -n ns1 link add v2 type veth peer name v2p netns ns2
ip -n ns2 addr add 10.1.81.205/24 dev v2p
ip netns exec ns2 ip link set v2p up
ip -n ns2 link set v2p name r3
ip netns exec ns2 ip -4 addr
