# ping4_run's startup checks come in its order: bind() to the -I address, the probe connect(), the warning about
# -I DEV's source, then IP_TTL; the first that fails is the one reported.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.1.1/24 dev va
ip -n a link set va up
ip -n a link set lo up
ip -n b link set vb up
ip netns exec a ping -c 1 -W 1 -I 10.9.9.9 -t 0 10.7.7.7
ip netns exec a ping -c 1 -W 1 -t 0 10.7.7.7
ip netns exec a ping -c 1 -W 1 -I lo -t 0 10.0.1.2
ip netns exec a ping -c 1 -W 1 -I 10.0.1.1 -t 0 10.0.1.2
ip netns exec a ping -c 1 -W 1 -I va -t 0 10.0.1.2
ip netns exec a ping -c 1 -W 1 -I lo 10.7.7.7
