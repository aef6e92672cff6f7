# TTL handling at a router: -t 1 expires at R ("Time to live exceeded" from R's near address, one per packet),
# -t 2 reaches B (reply ttl=63), -t 1 to R itself is answered (ttl=64).
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
ip netns exec a ping -c 3 -i 0.2 -t 1 10.0.3.2
ip netns exec a ping -c 1 -t 2 10.0.3.2
ip netns exec a ping -c 1 -t 1 10.0.2.1
