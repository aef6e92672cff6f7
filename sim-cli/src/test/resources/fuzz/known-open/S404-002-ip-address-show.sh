# nslab fuzz: minimal reproduction 002-ip-address-show (shrunk in 80 runs from 17 lines)
# found in scenario 1244 of --seed 404
# first difference in 'ip address show': kernel 'N: v1p@ifN: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000', simulator 'N: v1p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000'
# signature: ip address show|N: v#p@ifN: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu # qdisc noqueue state UP group default qlen #|N: v#p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu # qdisc noqueue state DOWN group default qlen #
# replay: nslab diff 002-ip-address-show.sh
ip netns add ns1
ip netns add ns2
ip -n ns1 link add v1 type veth peer name v1p netns ns2
ip -n ns1 link set v1 up
ip -n ns2 link set v1p up
ping 127.0.0.1 -i0.2 -w 1
ip -n ns2 a
