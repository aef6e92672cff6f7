# nslab fuzz: minimal reproduction 023-ip-address-show (shrunk in 80 runs from 36 lines)
# found in scenario 353 of --seed 7001
# first difference in 'ip address show': kernel 'N: v5@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000', simulator 'N: v5@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state LOWERLAYERDOWN group default qlen 1000'
# signature: ip address show|N: v#@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu # qdisc noqueue state DOWN group default qlen #|N: v#@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu # qdisc noqueue state LOWERLAYERDOWN group default qlen #
# replay: nslab diff 023-ip-address-show.sh
ip link add v2 type veth peer
ip netns add ns4
ip netns add ns5
ip -n ns4 link add v5 type veth peer name v5p netns ns5
ip -n ns4 link set v5 up
ip -n ns5 link set v5p netns 1
ip -n ns4 addr show dev v5
