# Static routes: add and delete with gateways, devices and metrics, a more specific route winning, a second
# default with another metric, and "link set down" removing every route through the device.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.4.1/24 dev va
ip -n a link set va up
ip -n b link set vb up
ip -n a route add 10.1.0.0/16 via 10.0.4.2
ip -n a route add 10.1.2.0/24 via 10.0.4.3 metric 5
ip -n a route add 10.2.0.0/16 dev va
ip -n a route add default via 10.0.4.254
ip -n a route add default via 10.0.4.253 metric 100
ip -n a route show
ip -n a route get 10.1.2.3
ip -n a route get 10.1.9.9
ip -n a route get 10.2.0.1
ip -n a route del 10.1.2.0/24 via 10.0.4.3 metric 5
ip -n a route del default via 10.0.4.254
ip -n a route
ip -n a route get 10.9.9.9
ip -n a link set va down
ip -n a route
ip -n a link set va up
ip -n a route
