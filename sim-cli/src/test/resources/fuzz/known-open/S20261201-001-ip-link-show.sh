# nslab fuzz: minimal reproduction 001-ip-link-show
# found in scenario 40 of --seed 20261201 (CI's seed, once the generator wrote IPv6 addresses)
# first difference in 'ip link show': kernel 'N: v1@ifN: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000', simulator 'N: v2p@v2: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000'
# signature: ip link show|N: v#@ifN: <BROADCAST,MULTICAST> mtu # qdisc noop state DOWN mode DEFAULT group default qlen #|N: v#p@v#: <BROADCAST,MULTICAST,M-DOWN> mtu # qdisc noop state DOWN mode DEFAULT group default qlen #
# replay: nslab diff S20261201-001-ip-link-show.sh
ip netns add ns1
ip link add v1 type veth peer name v1p netns ns1
ip link add v2 type veth peer name v2p
ip netns exec ns1 ip tap show
ip -all netns delete
ip addr add 10.1.96.96/25 dev v2
ip a add 10.1.96.190/24 dev v2p
ip l
