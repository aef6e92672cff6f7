# nslab fuzz: minimal reproduction 029-ip-br-link-show (shrunk in 80 runs from 29 lines)
# found in scenario 436 of --seed 7001
# first difference in 'ip -br link show': kernel 'v2p@ifN          DOWN           xx:xx:xx:xx:xx:xx <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> ', simulator 'v2p@ifN          UP             xx:xx:xx:xx:xx:xx <BROADCAST,MULTICAST,UP,LOWER_UP> '
# signature: ip -br link show|v#p@ifN          DOWN           xx:xx:xx:xx:xx:xx <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> |v#p@ifN          UP             xx:xx:xx:xx:xx:xx <BROADCAST,MULTICAST,UP,LOWER_UP> 
# replay: nslab diff 029-ip-br-link-show.sh
ip netns add ns1
ip netns add ns2
ip -n ns1 link add v2 type veth peer v2p netns ns2
ip -n ns1 link set v2 up
ip -n ns2 link set v2p up
ip -n ns2 -br l
