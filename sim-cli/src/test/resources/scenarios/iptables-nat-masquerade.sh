# MASQUERADE on a router: a's pings to b leave r with r's address; b has no route back to a's subnet, so only NAT
# brings the replies home. The nat rule counts the first packet of each connection; conntrack -L shows the mapping.
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
ip netns exec r sysctl -w net.ipv4.ip_forward=1
ip netns exec a ping -c 1 -W 1 192.168.50.2
ip netns exec r iptables -t nat -A POSTROUTING -s 10.0.1.0/24 ! -o ra -j MASQUERADE
ip netns exec r iptables -t nat -L -n -v
ip netns exec a ping -c 2 -i 0.2 192.168.50.2
ip netns exec r iptables -t nat -L POSTROUTING -n -v
ip netns exec r conntrack -L
ip netns exec r conntrack -C
ip netns exec a ping -c 1 192.168.50.2
ip netns exec r iptables -t nat -L POSTROUTING -n -v -x
ip netns exec r conntrack -L -p icmp
ip netns exec r conntrack -L -p udp
ip netns exec r iptables -t nat -S
ip netns exec r iptables-save
ip netns exec r conntrack -F
ip netns exec r conntrack -L
ip netns exec r conntrack -C
ip netns exec b conntrack -L
