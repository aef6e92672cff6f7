# nslab fuzz: minimal reproduction 024-ip-4-address-show (shrunk in 80 runs from 29 lines)
# found in scenario 372 of --seed 7001
# first difference in 'ip -4 address show': kernel 'N: v2p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000 link-netns NS', simulator 'N: v2p@ifN: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000 link-netns NS'
# signature: ip -4 address show|N: v#p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu # qdisc noqueue state DOWN group default qlen # link-netns NS|N: v#p@ifN: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu # qdisc noqueue state UP group default qlen # link-netns NS
# replay: nslab diff 024-ip-4-address-show.sh
ip netns add ns1
ip netns add ns2
ip -n ns1 link add v2 type veth peer v2p netns ns2
ip netns exec ns1 ip link set v2 up
ip netns exec ns2 ip addr add 10.1.50.136/24 dev v2p
ip -n ns2 link set v2p up
ip netns exec ns2 ip -4 a show up
