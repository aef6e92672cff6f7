# What the kernel inspection must read back: a bridge with an address and two ports (one peer down), a tap, a
# veth pair with both ends in one namespace, a namespace whose name holds a blank, forwarding on in one
# namespace, a default route and a route with a metric.
ip link add br0 type bridge
ip addr add 172.17.0.1/16 dev br0
ip link set br0 up
ip netns add c1
ip netns add c2
ip netns add "has space"
ip link add veth1 type veth peer name eth0 netns c1
ip link add veth2 type veth peer name eth0 netns c2
ip link add spaced type veth peer name inside netns "has space"
ip link set veth1 master br0 up
ip link set veth2 master br0 up
ip -n c1 addr add 172.17.0.2/16 dev eth0
ip -n c1 link set eth0 up
ip -n c1 route add default via 172.17.0.1
ip -n c1 route add 10.8.0.0/16 via 172.17.0.1 metric 20
ip -n c1 link add va type veth peer name vb
ip -n c1 link set va up
ip -n c1 link set lo up
ip tuntap add dev tap0 mode tap
ip link set tap0 up
ip netns exec c2 sysctl -w net.ipv4.ip_forward=1
ip link set spaced up
ip -n "has space" addr add 10.7.0.2/24 dev inside
ip -n "has space" link set inside up
