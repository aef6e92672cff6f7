# A datagram cut into fragments toward a neighbour not resolved yet, over a veth whose peer has a smaller MTU
# (S808-002). The first fragment starts ARP and waits; the solicitation's dev_queue_xmit enables bottom halves
# again, and the softirq runs the peer's answer and our neigh_update before sendmsg goes on, so the first fragment
# is flushed (and dropped at the peer's MTU, unreported) and the second meets a resolved neighbour and the peer's
# drop at once: NET_XMIT_DROP, ENOBUFS, even on the first sendmsg (bridge-refragment has the answer over a bridge).
ip netns add a
ip netns add b
ip netns exec a sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip netns exec b sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.1.5.1/24 dev va
ip -n b addr add 10.1.5.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip -n b link set vb mtu 1400
ip netns exec a ping -c 1 -W 1 -s 3000 10.1.5.2
ip -n a -s link show va
ip -n b -s link show vb
ip -n a neigh
ip -n a neigh flush dev va
ip netns exec a ping -c 2 -i 0.2 -W 1 -s 65507 10.1.5.2
ip -n a -s link show va
ip -n b -s link show vb
ip netns exec a ping -c 1 -W 1 -s 1372 10.1.5.2
