# nslab fuzz: minimal reproduction 004-ip-s-link-show (shrunk in 80 runs from 18 lines)
# found in scenario 8684 of --seed 1208
# first difference in 'ip -s link show': kernel '             0       0      0       0       0       0 ', simulator '            90       1      0       0       0       0 '
# signature: ip -s link show|             #       #      #       #       #       # |            #       #      #       #       #       # 
# replay: nslab diff 004-ip-s-link-show.sh (it times the commands anew; the campaign's simulator took --command-durations 'command=2.509ms netns-exec=0.741ms ping=2.452ms device-move=37.83ms device-delete=30.882ms')
ip
ip tap1 mode tap
ip blackhole 10.1.107.0/24
ip dev tap1
sysctl net/ipv6/conf/lo/dad_transmits=0
sysctl net.ipv6.conf.lo.disable_ipv6=1 net.ipv6.conf.tap1.forwarding=2
ip tap1 up
ip v2 type veth peer name v2p
ip netns add ns1
ip link add v3 type veth peer v3p netns ns1
ip 10.1.108.150/24 dev v3
ip link set v3 up
ip netns exec ns1 ip 10.1.108.237/24 dev v3p
ip -n ns1 link set v3p up
ip -n ns1 link set lo up
ip r del blackhole 10.1.107.0/24
ip netns exec ns1 ip -stats link
