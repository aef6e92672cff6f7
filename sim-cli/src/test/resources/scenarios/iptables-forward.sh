# FORWARD on a router namespace: -i/-o with a + wildcard and !, a DROP policy that only the listed direction
# passes; the router's own addresses still answer (INPUT, not FORWARD); counters per rule and for the policy.
ip netns add a
ip netns add r
ip netns add b
ip link add a-r netns a type veth peer name r-a netns r
ip link add b-r netns b type veth peer name r-b netns r
ip -n a addr add 10.0.2.2/24 dev a-r
ip -n r addr add 10.0.2.1/24 dev r-a
ip -n r addr add 10.0.3.1/24 dev r-b
ip -n b addr add 10.0.3.2/24 dev b-r
ip -n a link set a-r up
ip -n r link set r-a up
ip -n r link set r-b up
ip -n b link set b-r up
ip -n a route add default via 10.0.2.1
ip -n b route add default via 10.0.3.1
ip netns exec r sysctl -w net.ipv4.ip_forward=1
ip netns exec r iptables -P FORWARD DROP
ip netns exec a ping -c 1 -W 1 10.0.3.2
ip netns exec a ping -c 1 10.0.3.1
ip netns exec r iptables -A FORWARD -i r-a -o r-+ -p icmp --icmp-type echo-request -j ACCEPT
ip netns exec r iptables -A FORWARD ! -i r-a -p icmp --icmp-type echo-reply -j ACCEPT
ip netns exec a ping -c 2 -i 0.2 10.0.3.2
ip netns exec b ping -c 1 -W 1 10.0.2.2
ip netns exec r iptables -L FORWARD -n -v
ip netns exec r iptables -L FORWARD -v
ip netns exec r iptables -S FORWARD
