# nslab fuzz: minimal reproduction 039-ip-o-link-show (shrunk in 60 runs from 29 lines)
# found in scenario 373 of --seed 1001
# first difference in 'ip -o link show': kernel 'N: v2@ifN: <BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000\    link/ether xx:xx:xx:xx:xx:xx brd ff:ff:ff:ff:ff:ff link-netns NS', simulator 'N: v2@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN mode DEFAULT group default qlen 1000\    link/ether xx:xx:xx:xx:xx:xx brd ff:ff:ff:ff:ff:ff link-netns NS'
# signature: ip -o link show|N: v#@ifN: <BROADCAST,MULTICAST,UP> mtu # qdisc noqueue state UP mode DEFAULT group default qlen #\    link/ether xx:xx:xx:xx:xx:xx brd IPV# link-netns NS|N: v#@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu # qdisc noqueue state DOWN mode DEFAULT group default qlen #\    link/ether xx:xx:xx:xx:xx:xx brd IPV# link-netns NS
# replay: nslab diff 039-ip-o-link-show.sh
ip netns add ns2
ip netns add ns3
ip -n ns2 link add v2 type veth peer name v2p netns ns3
ip -n ns2 link set v2 up
ip netns exec ns3 ip link set v2p up
ip -n ns3 link set dev v2p down
ip -n ns2 -o link
