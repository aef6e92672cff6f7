# Route types without a nexthop: unreachable, prohibit, blackhole and throw. How "ip route" lists them, what
# "ip route get" and a ping from the namespace itself answer for each (No route to host, Permission denied shown by
# ping as its broadcast hint, Invalid argument; a throw in main falls through to "Network is unreachable"), and the
# errors: a device or gateway on such a route, "type" read as a destination, a type without a destination.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a link set lo up
ip -n a addr add 10.0.0.1/24 dev va
ip -n a link set va up
ip -n b link set vb up
ip -n a route add unreachable 10.9.0.0/24
ip -n a route add prohibit 10.9.1.0/24 metric 9 proto static
ip -n a route add blackhole 10.9.2.0/24 src 10.0.0.1
ip -n a route add throw 10.9.3.0/24
ip -n a route add to unreachable 10.9.4.0/24
ip -n a route add unreach default
ip -n a route add unreachable 10.9.5.0/24 dev va
ip -n a route add prohibit 10.9.5.0/24 via 10.0.0.2
ip -n a route add throw 10.9.5.0/24 dev va
ip -n a route add type unreachable 10.9.6.0/24
ip -n a route add blackhole
ip -n a route add unreachable 10.9.0.0/24
ip -n a route
ip -n a route get 10.9.0.1
ip -n a route get 10.9.1.1
ip -n a route get 10.9.2.1
ip -n a route get 10.9.3.1
ip -n a route get 10.9.4.1
ip -n a route get 10.99.0.1
ip -n a route get 10.9.0.1 oif va
ip netns exec a ping -c 1 10.9.0.1
ip netns exec a ping -c 1 10.9.1.1
ip netns exec a ping -c 1 10.9.2.1
ip netns exec a ping -c 1 10.9.3.1
ip netns exec a ping -c 1 10.99.0.1
ip -n a route replace 10.9.0.0/24 dev va
ip -n a route replace unreachable 10.9.1.0/24 metric 9
ip -n a route del 10.9.2.0/24
ip -n a route del unreachable 10.9.3.0/24
ip -n a route del throw 10.9.3.0/24
ip -n a route del default
ip -n a route
