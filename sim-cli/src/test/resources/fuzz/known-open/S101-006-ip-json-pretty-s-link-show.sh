# nslab fuzz: minimal reproduction 006-ip-json-pretty-s-link-show (shrunk in 80 runs from 30 lines)
# found in scenario 933 of --seed 101
# first difference in 'ip -json -pretty -s link show': kernel '                "bytes": 90,', simulator '                "bytes": 0,'
# signature: ip -json -pretty -s link show|                "bytes": #,|                "bytes": #,
# replay: nslab diff 006-ip-json-pretty-s-link-show.sh
ip netns add ns2
ip netns add ns3
ip -n ns2 link add v3 type veth peer name v3p netns ns3
ip -n ns2 link set v3 up
ip netns exec ns3 ip link set v3p up
ip netns exec ns2 sysctl -w net.ipv4.conf.all.forwarding=1
ip -n ns3 route add 10.1.38.0/24 via 10.1.39.218
ip -n ns2 link set v2p name r4
ip -n ns3 -json -pretty -s link show v3p
ip netns exec ns1 sysctl -w net.ipv4.neigh.v2.base_reachable_time=100
ip -n ns1 rule add dev v2 type prohibit
