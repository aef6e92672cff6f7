# nslab fuzz: minimal reproduction 010-ip-4-address-show (shrunk in 80 runs from 12 lines)
# found in scenario 84 of --seed 7001
# first difference in 'ip -4 address show': kernel 'N: v1p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000 link-netnsid N', simulator 'N: v1p@ifN: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000 link-netnsid N'
# signature: ip -4 address show|N: v#p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu # qdisc noqueue state DOWN group default qlen # link-netnsid N|N: v#p@ifN: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu # qdisc noqueue state UP group default qlen # link-netnsid N
# replay: nslab diff 010-ip-4-address-show.sh
ip netns add ns1
ip link add v1 type veth peer v1p netns ns1
ip link set v1 up
ip netns exec ns1 ip addr add 10.1.190.163/24 dev v1p
ip -n ns1 link set v1p up
ip -n ns1 -4 addr
