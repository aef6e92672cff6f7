# nslab fuzz: minimal reproduction 071-ip-4-address-show (shrunk in 60 runs from 28 lines)
# found in scenario 894 of --seed 1001
# first difference in 'ip -4 address show': kernel 'N: v1p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000 link-netns NS', simulator 'N: v1p@ifN: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000 link-netns NS'
# signature: ip -4 address show|N: v#p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu # qdisc noqueue state DOWN group default qlen # link-netns NS|N: v#p@ifN: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu # qdisc noqueue state UP group default qlen # link-netns NS
# replay: nslab diff 071-ip-4-address-show.sh
ip netns add ns1
ip netns add ns2
ip -n ns1 link add v1 type veth peer v1p netns ns2
ip netns exec ns1 ip link set v1 up
ip -n ns2 addr add 10.1.124.208/24 dev v1p
ip -n ns2 link set v1p up
ip -n ns2 -4 addr
