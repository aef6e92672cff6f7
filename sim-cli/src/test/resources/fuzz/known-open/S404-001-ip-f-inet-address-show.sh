# nslab fuzz: minimal reproduction 001-ip-f-inet-address-show (shrunk in 80 runs from 9 lines)
# found in scenario 973 of --seed 404
# first difference in 'ip -f inet address show': kernel 'N: v1p@ifN: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000 link-netnsid N', simulator 'N: v1p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000 link-netnsid N'
# signature: ip -f inet address show|N: v#p@ifN: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu # qdisc noqueue state UP group default qlen # link-netnsid N|N: v#p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu # qdisc noqueue state DOWN group default qlen # link-netnsid N
# replay: nslab diff 001-ip-f-inet-address-show.sh
ip netns add ns1
ip link add v1 type veth peer v1p netns ns1
ip link set v1 up
ip netns exec ns1 ip addr add 10.1.86.206/24 dev v1p
ip -n ns1 link set v1p up
ip -n ns1 link set lo up
ip netns exec ns1 ping -W1 -I lo -c 1 10.1.86.47
ip netns exec ns1 ip -f inet addr
