# nslab fuzz: minimal reproduction 006-ip-4-address-show (shrunk in 80 runs from 12 lines)
# found in scenario 8939 of --seed 1204
# first difference in 'ip -4 address show': kernel 'N: v1p@ifN: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000 link-netnsid N', simulator 'N: v1p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000 link-netnsid N'
# signature: ip -4 address show|N: v#p@ifN: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu # qdisc noqueue state UP group default qlen # link-netnsid N|N: v#p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu # qdisc noqueue state DOWN group default qlen # link-netnsid N
# replay: nslab diff 006-ip-4-address-show.sh
sysctl net.ipv4.icmp_echo_ignore_broadcasts=0
ip netns add ns1
ip link add v1 type veth peer v1p netns ns1
ip link set v1 up
ip -n ns1 addr add 10.1.135.49/24 dev v1p
ip netns exec ns1 ip link set v1p up
ping -6 -W 1 -c 1 -t 64 fe80::1%lo
ip -n ns1 -4 a show up
