# ping's options against a reachable peer and a silent address: -q, -I with an address and with a device, -w
# (with and without -c), -s below 16 (no times, no rtt line), -t 0, a source that is not local, a broadcast
# destination, an interrupted ping with replies (exit 0), and -c with -W and -w together.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a link set lo up
ip -n a addr add 10.1.0.1/24 dev va
ip -n a addr add 10.1.0.5/24 dev va
ip -n b addr add 10.1.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a ping -c 2 -i 0.2 -q 10.1.0.2
ip netns exec a ping -c 2 -i 0.2 -I 10.1.0.5 10.1.0.2
ip netns exec a ping -c 1 -I va 10.1.0.2
ip netns exec a ping -w 1 -i 0.3 10.1.0.2
ip netns exec a ping -c 2 -i 0.2 -w 1 10.1.0.2
ip netns exec a ping -c 1 -s 8 10.1.0.2
ip netns exec a ping -c 1 -t 0 10.1.0.2
ip netns exec a ping -c 1 -I 10.9.9.9 10.1.0.2
ip netns exec a ping -c 1 10.1.0.255
ip netns exec a ping 10.1.0.2
ip netns exec a ping -c 1 -W 1 -w 2 10.1.0.9
ip netns exec a ping -c 2 -i 0.2 -q 10.1.0.6
