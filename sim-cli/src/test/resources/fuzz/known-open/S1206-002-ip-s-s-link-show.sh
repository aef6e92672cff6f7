# nslab fuzz: minimal reproduction 002-ip-s-s-link-show (shrunk in 80 runs from 17 lines)
# found in scenario 2699 of --seed 1206
# first difference in 'ip -s -s link show': kernel '             0       0      0       1       0       0 ', simulator '             0       0      0       2       0       0 '
# signature: ip -s -s link show|             #       #      #       #       #       # |             #       #      #       #       #       # 
# replay: nslab diff 002-ip-s-s-link-show.sh
ip
ip link add v2 type veth
ip dev v1 nodad
sysctl net.ipv6.conf.v1.forwarding
sysctl net.ipv6.conf.v2p.router_solicitation_delay=2
ip link set v2 up
ip -6 addr add 2001:db8:7d59::5350/128 dev v2
ip v1p mtu abc
ip lo master nosuch0
iptables -L -n -v
ip -s -s link
