# ping -i 0 (and intervals that round to 0 ms): finish() adds ", ipg/ewma X/Y ms" (the mean gap between sends
# and the moving average of the round trip) when the interval is 0, something came back and more than one echo
# went out; after the rtt line, or alone when -s under 16 leaves no times. -i 0.001 is 1 ms: no ipg. With no
# reply ping paces itself to one echo per 10 ms (MININTERVAL) and prints no ipg either.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.1.0.1/24 dev va
ip -n b addr add 10.1.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a ping -c 5 -i 0 10.1.0.2
ip netns exec a ping -c 5 -i 0 -q 10.1.0.2
ip netns exec a ping -c 3 -i 0 -s 8 10.1.0.2
ip netns exec a ping -c 1 -i 0 10.1.0.2
ip netns exec a ping -c 3 -i 0.001 10.1.0.2
ip netns exec a ping -c 3 -i 0.0001 10.1.0.2
ip netns exec a ping -c 3 -i 0 -W 1 10.1.0.9
