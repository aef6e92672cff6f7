# Large pings over a 1500-byte MTU veth: -s 1472 fits one frame, -s 3000 is fragmented and reassembled;
# the replies say 3008 bytes. Raising the MTU on both ends keeps the big ping working.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.1.1/24 dev va
ip -n b addr add 10.0.1.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a ping -c 2 -i 0.2 -s 1472 10.0.1.2
ip netns exec a ping -c 2 -i 0.2 -s 3000 10.0.1.2
ip -n a link set va mtu 9000
ip -n b link set vb mtu 9000
ip -n a link show va
ip netns exec a ping -c 1 -s 8000 10.0.1.2
