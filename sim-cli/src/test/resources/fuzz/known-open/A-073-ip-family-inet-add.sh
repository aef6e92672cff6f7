# nslab fuzz: minimal reproduction 073-ip-family-inet-add (shrunk in 60 runs from 15 lines)
# found in scenario 976 of --seed 1001
# first difference in 'ip -family inet add': kernel 'N: v1@ifN: <BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state UP group default qlen 1000 link-netns NS', simulator 'N: v1@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000 link-netns NS'
# signature: ip -family inet add|N: v#@ifN: <BROADCAST,MULTICAST,UP> mtu # qdisc noqueue state UP group default qlen # link-netns NS|N: v#@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu # qdisc noqueue state DOWN group default qlen # link-netns NS
# replay: nslab diff 073-ip-family-inet-add.sh
ip netns add ns1
ip netns add ns2
ip -n ns1 link add v1 type veth peer name v1p netns ns2
ip -n ns1 addr add 10.1.58.245/24 dev v1
ip netns exec ns1 ip link set v1 up
ip -n ns2 link set v1p up
ip netns exec ns2 ip link set dev v1p down
ip -n ns1 -family inet a
