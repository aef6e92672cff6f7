# Namespace ids are allocated in one namespace for another (peernet2id_alloc) only when the kernel tells the first
# of a link into the second (rtnl_fill_link_netnsid), never the other way round: the new veth's RTM_NEWLINK in its
# own namespace (the peer is announced before the pair is tied, so the peer's namespace gets none); any GETLINK
# reply ip asks for, by name (ip link set, ip addr add ... dev, ip route ... dev) or by dump (ip addr, ip link,
# ip neigh and bridge fdb, whose ll_init_map dumps every link whatever is printed); and a move, where the old
# namespace first gets an id for the new one, then the new one an id for the peer's. A dump the kernel filters
# by kind (ip link show type bridge) or one device by name (ip link show lo) names no veth and allocates nothing.
ip netns add a
ip netns add b
ip netns add c
ip netns add d
ip netns add e
ip -n a link add va type veth peer vb netns b
ip -n a link add va2 type veth peer vc netns c
ip -n a link add va3 type veth peer vd netns d
ip link add vh type veth peer ve netns e
ip -n a netns list-id
ip -n b netns list-id
ip -n b link show type bridge
ip -n b link show lo
ip -n b netns list-id
ip -n b -4 addr show
ip -n b netns list-id
ip -n c neigh show
ip -n c netns list-id
ip netns exec d bridge fdb show br vd
ip -n d netns list-id
ip -n e addr add 10.7.0.2/24 dev ve
ip -n e netns list-id
ip netns list-id
ip netns add f
ip link set vh netns f
ip netns list-id
ip -n f netns list-id
ip -n e netns list-id
ip netns
ip -n f netns
