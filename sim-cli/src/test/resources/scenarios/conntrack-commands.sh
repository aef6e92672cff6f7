# conntrack -L, -C and -F on a router: what they print (the summary on stderr comes first), the protocol filter and
# its mistakes, tracking from the first rule that needs it on; an echo request waiting for its neighbour holds its
# entry (use=2, [UNREPLIED]), so after -F the count keeps it until the neighbour fails.
ip netns add a
ip netns add r
ip netns add b
ip link add va netns a type veth peer name ra netns r
ip link add vb netns b type veth peer name rb netns r
ip -n a addr add 10.0.1.2/24 dev va
ip -n r addr add 10.0.1.1/24 dev ra
ip -n r addr add 192.168.50.1/24 dev rb
ip -n b addr add 192.168.50.2/24 dev vb
ip -n a link set va up
ip -n r link set ra up
ip -n r link set rb up
ip -n b link set vb up
ip -n a route add default via 10.0.1.1
ip -n b route add default via 192.168.50.1
ip netns exec r sysctl -w net.ipv4.ip_forward=1
ip netns exec r conntrack -L
ip netns exec r conntrack -C
ip netns exec a ping -c 1 10.0.1.1
ip netns exec r conntrack -L
ip netns exec r iptables -A FORWARD -m conntrack --ctstate NEW
ip netns exec a ping -c 2 -i 0.2 192.168.50.2
ip netns exec r conntrack -L
ip netns exec r conntrack --dump
ip netns exec r conntrack -L conntrack -p icmp
ip netns exec r conntrack -L -p ICMP
ip netns exec r conntrack -L -p 1
ip netns exec r conntrack -L -p udp
ip netns exec r conntrack -L -p 17
ip netns exec r conntrack -L -p foo
ip netns exec r conntrack -C -p icmp
ip netns exec r conntrack -F -p icmp
ip netns exec a ping -c 1 -W 1 192.168.50.7
ip netns exec r conntrack -L
ip netns exec r conntrack --count
ip netns exec r conntrack -F
ip netns exec r conntrack -L
ip netns exec r conntrack -C
ip netns exec a ping -c 3 -i 1.5 192.168.50.2
ip netns exec r conntrack -C
ip netns exec r conntrack --flush
ip netns exec r conntrack -C
