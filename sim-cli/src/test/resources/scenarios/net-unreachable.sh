# No route: A without a default route cannot even start a ping ("connect: Network is unreachable"); R with
# forwarding on but no route to 10.0.9.0/24 answers "Destination Net Unreachable" (one packet only: these
# errors are rate-limited per source, two tokens each, so more would depend on timing).
ip netns add a
ip netns add r
ip link add a-r netns a type veth peer name r-a netns r
ip -n a addr add 10.0.2.2/24 dev a-r
ip -n r addr add 10.0.2.1/24 dev r-a
ip -n a link set a-r up
ip -n r link set r-a up
ip netns exec a ping -c 1 10.0.9.1
ip -n a route get 10.0.9.1
ip -n a route add default via 10.0.2.1
ip netns exec r sysctl -w net.ipv4.ip_forward=1
ip -n r route get 10.0.9.1
ip netns exec a ping -c 1 -W 1 10.0.9.1
