# Errors of "ip addr" and "ip route": missing dev, absent device, bad prefixes, duplicate and absent addresses,
# gateways not on a connected subnet, devices down, duplicate and absent routes, bad neighbour arguments.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.6.1/24
ip -n a addr add 10.0.6.1/24 dev nosuch
ip -n a addr add 10.0.6.1/33 dev va
ip -n a addr add 10.0.6.256/24 dev va
ip -n a addr add bogus dev va
ip -n a addr add dev va
ip -n a addr add 10.0.6.1/24 dev va
ip -n a addr add 10.0.6.1/24 dev va
ip -n a addr del 10.0.99.1/24 dev va
ip -n a addr del 10.0.6.1/24
ip -n a addr show dev nosuch
ip -n a addr flush dev nosuch
ip -n a addr flush
ip -n a route add 10.0.7.0/24 dev va
ip -n a link set va up
ip -n b link set vb up
ip -n a route add 10.0.7.0/24 via 10.0.8.1
ip -n a route add 10.0.7.0/24 via 10.0.6.9 dev nosuch
ip -n a route add 10.0.7.0/33 via 10.0.6.9
ip -n a route add bogus via 10.0.6.9
ip -n a route add 10.0.7.0/24
ip -n a route add default via 10.0.6.254
ip -n a route add default via 10.0.6.254
ip -n a route add default via 10.0.6.253
ip -n a route del 10.0.99.0/24
ip -n a route del default via 10.0.6.1
ip -n a route get bogus
ip -n a route get 10.0.7.1/33
ip -n a neigh show dev nosuch
ip -n a neigh flush dev nosuch
ip -n a neigh flush
ip -n a route
ip -n a -4 addr
