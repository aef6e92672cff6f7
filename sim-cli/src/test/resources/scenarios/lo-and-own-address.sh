# lo matters for local traffic only: with lo DOWN a fresh namespace has no route even to 127.0.0.1, and pings
# to its own veth address are lost without error; a peer is reachable without lo. With lo UP, the whole 127/8
# and the own address answer, even with the veth DOWN.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a link show lo
ip netns exec a ping -c 1 127.0.0.1
ip -n a addr add 10.0.5.1/24 dev va
ip -n b addr add 10.0.5.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a ping -c 1 -W 1 10.0.5.1
ip netns exec a ping -c 1 10.0.5.2
ip -n a link set lo up
ip -n a addr show dev lo
ip netns exec a ping -c 1 127.0.0.1
ip netns exec a ping -c 1 127.1.2.3
ip netns exec a ping -c 1 10.0.5.1
ip -n a link set va down
ip -n a route
ip netns exec a ping -c 1 10.0.5.1
ip netns exec a ping -c 1 10.0.5.2
