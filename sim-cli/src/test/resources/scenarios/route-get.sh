# "ip route get" for a local address, a connected host, a destination behind a gateway, 127/8, and one with
# no route.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a link set lo up
ip -n a addr add 10.0.4.1/24 dev va
ip -n a link set va up
ip -n b link set vb up
ip -n a route get 10.0.9.9
ip -n a route add default via 10.0.4.2
ip -n a route get 10.0.4.2
ip -n a route get 10.0.4.1
ip -n a route get 10.0.9.9
ip -n a route get 127.0.0.5
ip -n a r
