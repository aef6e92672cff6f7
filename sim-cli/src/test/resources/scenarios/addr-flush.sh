# "ip addr flush dev" removes every IPv4 address and, with them, the connected routes: ping then cannot connect;
# with -I it still sends from 0.0.0.0 (after a warning) and gets nothing back.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.5.1/24 dev va
ip -n a addr add 10.0.8.1/24 dev va
ip -n b addr add 10.0.5.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip -n a -4 addr show dev va
ip -n a route
ip -n a addr flush dev va
ip -n a -4 addr show dev va
ip -n a route
ip netns exec a ping -c 1 10.0.5.2
ip netns exec a ping -c 1 -W 1 -I va 10.0.5.2
