# nslab fuzz: minimal reproduction 064-ip-f-inet-show (shrunk in 60 runs from 27 lines)
# found in scenario 732 of --seed 1001
# first difference in 'ip -f inet show': kernel 'N: v1p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000 link-netns NS', simulator 'N: v1p@ifN: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000 link-netns NS'
# signature: ip -f inet show|N: v#p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu # qdisc noqueue state DOWN group default qlen # link-netns NS|N: v#p@ifN: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu # qdisc noqueue state UP group default qlen # link-netns NS
# replay: nslab diff 064-ip-f-inet-show.sh
ip netns add ns2
ip netns add ns3
ip netns exec ns2 ip link add v1 type veth peer name v1p netns ns3
ip -n ns2 link set v1 up
ip -n ns3 addr add 10.1.64.128/24 dev v1p
ip -n ns3 link set v1p up
ip netns exec ns3 ip -f inet addr
