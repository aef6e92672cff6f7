# IPv6 fragments at the source only (RFC 8200 4.5, IPV6.md 6): a ping bigger than the link is cut into pieces of
# 1448 bytes behind a fragment header (frames of 1510, the last one the rest), reassembled by the peer, whose reply
# comes back in fragments too; -M do refuses instead with ping's local error (mtu: 1500), and nothing past 65535
# bytes of payload goes at all (mtu: 65536 on lo, the route's MTU elsewhere); lo carries 65535 bytes unfragmented.
ip netns add a
ip netns add b
# No router solicitations (their back-off is random): the counters below then see the same frames every run.
ip netns exec a sysctl -q -w net.ipv6.conf.default.router_solicitations=0
ip netns exec b sysctl -q -w net.ipv6.conf.default.router_solicitations=0
ip link add va netns a type veth peer name vb netns b
ip -n a addr add fd00:1::1/64 dev va nodad
ip -n b addr add fd00:1::2/64 dev vb nodad
ip -n a link set lo up
ip -n a link set va up
ip -n b link set vb up
ip netns exec a ping -q -c 3 -i 1 127.0.0.1
ip netns exec a ping -c 2 -i 0.2 -s 3000 fd00:1::2
ip netns exec a ping -c 1 -s 1453 -M do fd00:1::2
ip netns exec a ping -c 1 -s 1452 -M do fd00:1::2
ip netns exec a ping -c 1 -s 1453 fd00:1::2
ip netns exec a ping -c 1 -s 65000 fd00:1::2
ip netns exec a ping -c 1 -s 3000 ::1
ip -n a -s link show va
ip netns exec a ping -c 1 -s 65528 ::1
ip netns exec a ping -c 1 -s 65527 ::1
ip netns exec a ping -c 1 -s 65528 fd00:1::2
ip -n b -s link show vb
