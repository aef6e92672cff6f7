# nslab fuzz: minimal reproduction 003-ip-link-show (shrunk in 80 runs from 31 lines)
# found in scenario 515 of --seed 808
# first difference in 'ip link show': kernel 'N: v1p@ifN: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000', simulator 'N: v1p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state DOWN mode DEFAULT group default qlen 1000'
# signature: ip link show|N: v#p@ifN: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu # qdisc noqueue state UP mode DEFAULT group default qlen #|N: v#p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu # qdisc noqueue state DOWN mode DEFAULT group default qlen #
# replay: nslab diff 003-ip-link-show.sh
ip netns add ns1
ip link add v1 type veth peer name v1p netns ns1
ip 10.1.94.89/24 dev v1
ip link set v1 up
ip netns exec ns1 ip addr add 10.1.94.41/24 dev v1p
ip -n ns1 link set v1p up
ip netns exec ns1 ip addr add 10.1.95.94/24 dev v2
ip -n ns1 link set v2 up
ip -n ns2 addr add 10.1.95.123/24 dev v2p
ip -n ns2 link set v2p up
ip -n ns2 link set lo up
ip -n ns2 rule add from 10.1.95.123 lookup 200
ip netns exec ns2 ping -c 1 -W 1 -I 10.1.95.123 10.1.94.89
ip netns exec ns1 ip link show up
