# nslab fuzz: minimal reproduction 004-ip-address-show (shrunk in 30 runs from 14 lines)
# found in scenario 84 of --seed 20261201
# first difference in 'ip address show': kernel 'N: v2@ifN: <BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state UP group default qlen 1000', simulator 'N: v2@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000'
# signature: ip address show|N: v#@ifN: <BROADCAST,MULTICAST,UP> mtu # qdisc noqueue state UP group default qlen #|N: v#@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu # qdisc noqueue state DOWN group default qlen #
# replay: nslab diff 004-ip-address-show.sh
ip netns add ns1
ip netns add ns2
ip netns exec ns1 ip link add v2 type veth peer name v2p netns ns2
ip netns exec ns1 ip link set v2 up
ip -n ns2 link set v2p up
ip -n ns2 link set v2p down
ip route add 10.1.79.0/24 via 127.1.2.3
ip -n ns1 address show
