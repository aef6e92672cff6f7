# A chain a - r1 - r2 - b over three subnets: forwarding on in both routers, default routes at the ends, and
# the routers' routes to the far subnets. Drawn left to right on one line.
ip netns add a
ip netns add r1
ip netns add r2
ip netns add b
ip link add a-r1 netns a type veth peer name r1-a netns r1
ip link add r1-r2 netns r1 type veth peer name r2-r1 netns r2
ip link add r2-b netns r2 type veth peer name b-r2 netns b
ip -n a addr add 10.1.1.2/24 dev a-r1
ip -n r1 addr add 10.1.1.1/24 dev r1-a
ip -n r1 addr add 10.1.2.1/24 dev r1-r2
ip -n r2 addr add 10.1.2.2/24 dev r2-r1
ip -n r2 addr add 10.1.3.1/24 dev r2-b
ip -n b addr add 10.1.3.2/24 dev b-r2
ip -n a link set a-r1 up
ip -n r1 link set r1-a up
ip -n r1 link set r1-r2 up
ip -n r2 link set r2-r1 up
ip -n r2 link set r2-b up
ip -n b link set b-r2 up
ip -n a route add default via 10.1.1.1
ip -n b route add default via 10.1.3.1
ip -n r1 route add 10.1.3.0/24 via 10.1.2.2
ip -n r2 route add 10.1.1.0/24 via 10.1.2.1
ip netns exec r1 sysctl -w net.ipv4.ip_forward=1
ip netns exec r2 sysctl -w net.ipv4.ip_forward=1
ip netns exec a ping -c 1 10.1.3.2
