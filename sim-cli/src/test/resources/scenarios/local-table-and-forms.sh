# Table local with a broadcast address ("brd +") and a secondary address (its local route takes the primary as
# src), route get for broadcast and 127/8, a gateway that is the namespace's own address, wildcard address
# deletion, taps named after "mode", neighbour defaults absent from a sandbox, ip -o link, and abbreviations.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a route show table local
ip -n a link set lo up
ip -n a addr add 10.0.1.1/24 brd + dev va
ip -n a addr add 10.0.1.5/24 dev va
ip -n b addr add 10.0.1.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip -n a -4 addr show va
ip -n a route show table local
ip -n a route get 10.0.1.255
ip -n a route get 127.0.0.1
ip -n a route add 10.7.0.0/16 via 10.0.1.1
ip -n a route add 10.8.0.0/16 dev va
ip -n a route del 10.8.0.0/16 dev vb
ip -n a route del 10.8.0.0/16 dev va
ip -n a ro
ip -n a addr del 10.0.1.5 dev va
ip -n a addr del 10.0.1.1/24 dev va
ip -n a -4 a
ip -n a r
sysctl net.ipv4.neigh.default.mcast_solicit
ip netns exec a sysctl net.ipv4.neigh.lo.retrans_time_ms
ip netns exec a sysctl net.ipv4.neigh.va.base_reachable_time
ip netns exec a sysctl -n net.ipv4.ip_default_ttl
ip -n a tuntap add mode tap t9
ip -n a tuntap
ip -n a tuntap del t9 mode tap
ip -o link
ip li sh lo
ip -n b n fl dev vb
ip -n a link set va down
ip -n a route show table local
