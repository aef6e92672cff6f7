# nslab fuzz: minimal reproduction 003-ip-family-inet-address-show (shrunk in 40 runs from 25 lines)
# found in scenario 362 of --seed 3003
# first difference in 'ip -family inet address show': kernel 'N: v1p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000 link-netns NS', simulator 'N: v1p@ifN: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000 link-netns NS'
# signature: ip -family inet address show|N: v#p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu # qdisc noqueue state DOWN group default qlen # link-netns NS|N: v#p@ifN: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu # qdisc noqueue state UP group default qlen # link-netns NS
# replay: nslab diff 003-ip-family-inet-address-show.sh
ip netns add ns1
ip netns add ns2
ip -n ns1 link add v1 type veth peer name v1p netns ns2
ip -n ns1 link set v1 up
ip -n ns2 addr add 10.1.139.162/24 dev v1p
ip netns exec ns2 ip link set v1p up
ip -n ns2 -family inet a
