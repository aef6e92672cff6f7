# A router that sends a packet back out of the device it came in on tells the sender of the better next hop: an
# ICMP redirect (host) from ip_forward, after the TTL went down. Ping prints it from its raw socket; the sender's
# kernel takes it once the new gateway's neighbour is valid (the first redirect only starts its resolution), and
# its next echoes go straight there.
sysctl -w net.ipv4.conf.all.forwarding=1
sysctl net.ipv4.conf.all.accept_redirects net.ipv4.conf.default.accept_redirects net.ipv4.conf.all.send_redirects
ip link add br0 type bridge
ip addr add 10.0.0.1/24 dev br0
ip link set br0 up
ip netns add a
ip netns add b
ip link add va type veth peer name pa
ip link set va netns a
ip link set pa master br0
ip link set pa up
ip -n a addr add 10.0.0.2/24 dev va
ip -n a link set va up
ip link add vb type veth peer name pb
ip link set vb netns b
ip link set pb master br0
ip link set pb up
ip -n b addr add 10.0.0.3/24 dev vb
ip -n b link set vb up
ip -n a route add 10.0.0.3 via 10.0.0.1
ip netns exec a sysctl -n net.ipv4.conf.va.accept_redirects
ip netns exec a ping -c 4 -i 0.2 10.0.0.3
ip -n a neigh
ip netns exec a ip route get 10.0.0.3
ip -n a route
