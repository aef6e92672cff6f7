# A — R — B on two subnets with default routes through R. With forwarding off R drops A's pings to B silently
# (but answers for its own far address); with it on the replies arrive with ttl=63; a ping with -t 1 gets
# "Time to live exceeded" from R.

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
ip -n a route
ip -n r route

# Forwarding off (the default in a new namespace): silent loss.
ip netns exec r sysctl net.ipv4.ip_forward
ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.3.2
# R's own far-side address still answers.
ip netns exec a ping -c 1 10.0.3.1

# Forwarding on: one hop, so ttl=63.
ip netns exec r sysctl -w net.ipv4.ip_forward=1
ip netns exec a ping -c 3 -i 0.2 10.0.3.2
ip netns exec a ip route get 10.0.3.2

# TTL 1 expires at R.
ip netns exec a ping -c 2 -i 0.2 -t 1 10.0.3.2
