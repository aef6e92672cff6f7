# nslab fuzz: minimal reproduction 004-ip-br-link-show (shrunk in 60 runs from 34 lines)
# found in scenario 17 of --seed 1001
# first difference in 'ip -br link show': kernel 'v1p@ifN          DOWN           xx:xx:xx:xx:xx:xx <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> ', simulator 'v1p@ifN          UP             xx:xx:xx:xx:xx:xx <BROADCAST,MULTICAST,UP,LOWER_UP> '
# signature: ip -br link show|v#p@ifN          DOWN           xx:xx:xx:xx:xx:xx <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> |v#p@ifN          UP             xx:xx:xx:xx:xx:xx <BROADCAST,MULTICAST,UP,LOWER_UP> 
# replay: nslab diff 004-ip-br-link-show.sh
ip netns add ns1
ip netns add ns2
ip -n ns1 link add v1 type veth peer v1p netns ns2
ip -n ns1 link set v1 up
ip -n ns2 link set v1p up
ip -n ns2 -br l
