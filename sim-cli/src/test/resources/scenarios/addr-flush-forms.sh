# ip addr flush as iproute2 does it: rounds of listing what the filter takes and deleting each address (one whose
# primary's deletion took it already is no error). -s says the rounds ("Nothing to flush." when there is
# nothing), -s -s each address; without -4 the kernel's own IPv6 address (the link-local, ::1) is flushed too and
# counted, and comes back only when the device next comes up. Filters: secondary (primary), to PREFIX,
# scope; "up" does not filter a flush. Flushing lo takes 127.0.0.1 and its routes: 127/8 is unreachable until
# lo comes up again.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a link set lo up
ip -n a link set va up
ip -n b link set vb up
ip -n a addr add 10.0.0.1/24 dev va
ip -n a addr add 10.0.0.2/24 dev va
ip -n a addr add 10.0.1.1/24 dev va
ip -n a addr add 10.0.1.2/24 dev va
ip -n a -s addr flush dev va secondary
ip -n a -4 addr show dev va
ip -n a -s -s -4 addr flush dev va to 10.0.1.0/24
ip -n a -s addr flush dev va to 10.0.1.0/24
ip -n a addr add 10.0.1.1/24 dev va
ip -n a addr add 10.0.1.2/24 dev va
ip netns exec a sysctl -q -w net.ipv4.conf.va.promote_secondaries=1
ip -n a -s -4 addr flush dev va primary
ip -n a -4 addr show dev va
ip -n a -s -4 addr flush dev va scope host
ip -n a -s addr flush dev va
ip -n a -s addr flush dev va
ip -n a addr flush dev va
ip -n a route
ip -n a link set va down
ip -n a link set va up
ip -n a -s addr flush dev va
ip -n a addr add 10.0.2.1/24 dev va
ip -n a -s -4 addr flush up
ip -n a -br addr show dev lo
ip -n a -s -s addr flush dev lo
ip -n a -br addr show dev lo
ip -n a route show table local
ip netns exec a ping -c 1 127.0.0.1
ip -n a link set lo down
ip -n a link set lo up
ip -n a -br addr show dev lo
ip netns exec a ping -c 1 127.0.0.1
ip -n a addr flush
ip -n a addr flush dev nosuch
ip -n a addr flush dev va dev vb
ip -n a addr flush dev va scope bogus
