# ping -v as root: main() reports its two raw sockets (descriptors 3 and 4; the message ends in a newline of its
# own, hence the empty line) and getaddrinfo's answer before anything can fail on the route, and each reply
# line carries the echo identifier (random, masked in comparisons). The order of the startup lines against -p's
# PATTERN line and the errors that come later follows main() and ping4_run().
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.1.0.1/24 dev va
ip -n b addr add 10.1.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip -n a link set lo up
ip netns exec a ping -c 2 -i 0.2 -v 10.1.0.2
ip netns exec a ping -c 1 -v -W 1 10.1.0.7
ip netns exec a ping -c 1 -v 10.1.0.1
ip netns exec a ping -c 1 -v -q 10.1.0.2
ip netns exec a ping -c 1 -v 10.9.0.1
ip netns exec a ping -c 1 -v -p 0f 10.1.0.2
ip netns exec a ping -c 1 -v -Q -7 10.1.0.2
ip netns exec a ping -c 1 -v -I nosuch 10.1.0.2
ip netns exec a ping -c 1 -v -s 65508 10.1.0.2
