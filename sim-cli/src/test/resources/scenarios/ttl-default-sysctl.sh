# net.ipv4.ip_default_ttl is the TTL of everything a namespace originates without a TTL of its own (ip_select_ttl:
# no hoplimit metric, the socket's TTL unset): its echo replies (icmp_reply), its ICMP errors (icmp_send) and
# ping's requests without -t; -t overrides it for the requests only; a router only decrements. Here a's replies to
# itself (lo up) carry a's TTL whatever -t says; b answers a across the router with b's TTL less one; a's requests with TTL 1 expire at r;
# r's "Time to live exceeded" with TTL 1 cannot cross r2 back to a, with TTL 2 it can.
ip netns add a
ip netns add r
ip netns add r2
ip netns add b
ip link add a-r netns a type veth peer name r-a netns r
ip link add r-r2 netns r type veth peer name r2-r netns r2
ip link add b-r2 netns b type veth peer name r2-b netns r2
ip -n a addr add 10.0.2.2/24 dev a-r
ip -n r addr add 10.0.2.1/24 dev r-a
ip -n r addr add 10.0.4.1/24 dev r-r2
ip -n r2 addr add 10.0.4.2/24 dev r2-r
ip -n r2 addr add 10.0.3.1/24 dev r2-b
ip -n b addr add 10.0.3.2/24 dev b-r2
ip -n a link set lo up
ip -n a link set a-r up
ip -n r link set r-a up
ip -n r link set r-r2 up
ip -n r2 link set r2-r up
ip -n r2 link set r2-b up
ip -n b link set b-r2 up
ip -n a route add default via 10.0.2.1
ip -n r route add 10.0.3.0/24 via 10.0.4.2
ip -n r2 route add 10.0.2.0/24 via 10.0.4.1
ip -n b route add default via 10.0.3.1
ip netns exec r sysctl -w net.ipv4.ip_forward=1
ip netns exec r2 sysctl -w net.ipv4.ip_forward=1
ip netns exec a sysctl -w net.ipv4.ip_default_ttl=1
ip netns exec a ping -c 2 -i 0.2 10.0.2.2
ip netns exec a ping -c 1 -t 9 10.0.2.2
ip netns exec a ping -c 1 -W 1 10.0.3.2
ip netns exec a ping -c 1 -t 64 10.0.3.2
ip netns exec b sysctl -w net.ipv4.ip_default_ttl=9
ip netns exec a ping -c 1 -t 64 10.0.3.2
ip netns exec r2 sysctl -w net.ipv4.ip_default_ttl=1
ip netns exec a ping -c 1 -W 1 -t 2 10.0.3.2
ip netns exec r2 sysctl -w net.ipv4.ip_default_ttl=2
ip netns exec a ping -c 1 -W 1 -t 2 10.0.3.2
ip netns exec a ping -c 1 -t 64 10.0.4.2
