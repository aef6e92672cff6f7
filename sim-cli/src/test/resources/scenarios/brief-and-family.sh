# Output forms: ip -br link, ip -br addr (before the peer is up, so no IPv6 link-local yet), ip -4 addr,
# ip -br -4 addr, and the abbreviations ip a, ip l, ip r.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a link set lo up
ip -n a addr add 10.0.6.1/24 dev va
ip -n a addr add 10.0.7.1/16 dev va
ip -n a link set va up
ip -n a -br link
ip -n a -br addr
ip -n b link set vb up
ip -n a -br link
ip -n a -4 addr
ip -n a -br -4 addr
ip -n a -4 a show dev va
ip -n a l
ip -n a r
