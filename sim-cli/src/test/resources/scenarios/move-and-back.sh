# Moving devices between namespaces: the device keeps its MAC, loses its addresses, routes and UP flag, and
# "netns 1" (PID 1, here the sandbox's root namespace) brings it back.
ip netns add x
ip link add va type veth peer name vb
ip addr add 10.0.4.1/24 dev va
ip link set va up
ip link set vb up
ip addr show dev va
ip route
ip link set va netns x
ip link show va
ip route
ip -n x addr
ip -n x link set va up
ip -n x addr add 10.0.4.1/24 dev va
ip -n x route
ip -n x link set va netns 1
ip -n x link show va
ip addr show dev va
ip route
