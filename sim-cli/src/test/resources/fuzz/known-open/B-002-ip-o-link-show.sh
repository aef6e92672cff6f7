# nslab fuzz: minimal reproduction 002-ip-o-link-show (shrunk in 60 runs from 23 lines)
# found in scenario 111 of --seed 2002
# first difference in 'ip -o link show': kernel 'N: v1p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state DOWN mode DEFAULT group default qlen 1000\    link/ether xx:xx:xx:xx:xx:xx brd ff:ff:ff:ff:ff:ff link-netns NS', simulator 'N: v1p@ifN: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000\    link/ether xx:xx:xx:xx:xx:xx brd ff:ff:ff:ff:ff:ff link-netns NS'
# signature: ip -o link show|N: v#p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu # qdisc noqueue state DOWN mode DEFAULT group default qlen #\    link/ether xx:xx:xx:xx:xx:xx brd IPV# link-netns NS|N: v#p@ifN: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu # qdisc noqueue state UP mode DEFAULT group default qlen #\    link/ether xx:xx:xx:xx:xx:xx brd IPV# link-netns NS
# replay: nslab diff 002-ip-o-link-show.sh
ip netns add ns1
ip netns add ns2
ip netns exec ns1 ip link add v1 type veth peer name v1p netns ns2
ip -n ns1 link set v1 up
ip netns exec ns2 ip link set v1p up
ip netns add ns3
ip netns exec ns2 ip -o link
