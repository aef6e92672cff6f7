# nslab fuzz: minimal reproduction 006-ip-json-pretty-route-show (shrunk in 80 runs from 25 lines)
# found in scenario 1912 of --seed 808
# first difference in 'ip -json -pretty route show': kernel '[ {', simulator '[ ]'
# signature: ip -json -pretty route show|[ {|[ ]
# replay: nslab diff 006-ip-json-pretty-route-show.sh
ip netns add ns1
ip netns add ns2
ip -n ns1 link add v1 type veth peer netns ns2
ip netns exec ns1 ip addr add 10.1.158.106/24 dev v1
ip netns add ns3
ip -n ns2 link add v2 type veth peer name v2p netns ns3
ip netns exec ns2 ip addr add 10.1.159.34/24 dev v2
ip -n ns2 link set v2 up
ip -n ns3 addr add 10.1.159.26/24 dev v2p
ip netns exec ns3 ip link set v2p up
ip netns exec ns2 sysctl -w net.ipv4.conf.v1p.forwarding=1 net.ipv4.conf.v2.forwarding=1
ip -n ns1 route add 10.1.159.0/24 via 10.1.158.203
ip -n ns3 route add 10.1.158.0/24 via 10.1.159.34
ip -n ns3 addr add 10.1.160.145/8 brd - dev lo
ip -j -4 addr
ip rule list dev lo iif lo
ip netns delete
ip netns delete ns2
ip -n ns3 -br link
ip netns exec ns3 sysctl -w net.ipv4.conf.lo.shared_media=2
ip netns exec ns1 ip -json -pretty route show table local
