# nslab fuzz: minimal reproduction 007-ip-family-inet-address-show (shrunk in 1 runs from 31 lines)
# found in scenario 2269 of --seed 808
# first difference in 'ip -family inet address show': kernel 'N: v1p@ifN: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000 link-netns NS', simulator 'N: v1p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state DOWN group default qlen 1000 link-netns NS'
# signature: ip -family inet address show|N: v#p@ifN: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu # qdisc noqueue state UP group default qlen # link-netns NS|N: v#p@ifN: <NO-CARRIER,BROADCAST,MULTICAST,UP,LOWER_UP> mtu # qdisc noqueue state DOWN group default qlen # link-netns NS
# replay: nslab diff 007-ip-family-inet-address-show.sh
ip netns add ns1
ip netns add ns2
ip -n ns1 link add v1 type veth peer name v1p netns ns2
ip -n ns1 addr add 10.1.184.32/24 dev v1
ip netns exec ns1 ip link set v1 up
ip -n ns2 addr add 10.1.184.4/24 dev v1p
ip -n ns2 link set v1p up
ip netns add ns3
ip -n ns2 link add v2 type veth peer name v2p netns ns3
ip -n ns2 addr add 10.1.185.139/24 dev v2
ip -n ns2 link set v2 up
ip -n ns3 addr add 10.1.185.240/24 dev v2p
ip -n ns3 link set v2p up
ip -n ns3 link set lo up
ip netns exec ns2 sysctl -w net.ipv4.conf.v1p.forwarding=1 net.ipv4.conf.v2.forwarding=1
ip netns exec ns1 ip route add default via 10.1.184.4
ip -n ns3 route add default via 10.1.185.139
ip netns exec ns2 ip address flush dev v2 up
ip netns exec ns1 sysctl -e net.ipv4.conf.all.accept_redirects=0 net/ipv4/conf/all/secure_redirects=8
ip netns exec ns3 sysctl -e net.ipv4.conf.all.shared_media
ip netns exec ns3 ping -s 1473 -W1 -c 1 10.1.185.177
ip -n ns2 -family inet a
