# br_netfilter's br_nf_dev_queue_xmit (bridge-nf-call-iptables is on in every namespace): an IPv4 packet bridged
# to a port whose MTU is smaller than the packet is cut again at the bridge's own MTU (its fake rtable follows the
# bridge device's, the smallest port's), each fragment behind the frame's Ethernet header; one with DF is dropped
# (FRAGFAILS, no ICMP), as is an IPv6 packet over the bridge's MTU, neither counted by a device. With the bridge's
# MTU set above the port's, the pieces are still too big for the port and br_dev_queue_push_xmit drops them,
# uncounted as well. The first ping's neighbour is resolved inside its first sendmsg over the bridge too (four
# veth hops in the softirq), so its second fragment goes straight out.
ip netns add a
ip netns add b
ip netns add sw
ip netns exec a sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip netns exec b sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip netns exec sw sysctl -qw net.ipv6.conf.default.disable_ipv6=1
ip -n sw link add br0 type bridge
ip -n sw link set br0 up
ip link add va netns a type veth peer name pa netns sw
ip link add vb netns b type veth peer name pb netns sw
ip -n sw link set pa master br0
ip -n sw link set pb master br0
ip -n sw link set pa up
ip -n sw link set pb up
ip -n sw link set pb mtu 1400
ip -n b link set vb mtu 1400
ip -n sw link show br0
ip -n a addr add 10.9.0.1/24 dev va
ip -n b addr add 10.9.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a ping -c 2 -W 1 -i 0.2 -s 3000 10.9.0.2
ip netns exec a ping -c 1 -W 1 -s 1472 10.9.0.2
ip netns exec a ping -c 1 -W 1 -s 1472 -M do 10.9.0.2
ip -n a -s link show va
ip -n sw -s link show pa
ip -n sw -s link show pb
ip -n b -s link show vb
ip -n sw link set br0 mtu 1500
ip -n sw link show br0
ip netns exec a ping -c 1 -W 1 -s 1472 10.9.0.2
ip netns exec a ping -c 1 -W 1 -s 1372 10.9.0.2
ip -n sw -s link show pb
