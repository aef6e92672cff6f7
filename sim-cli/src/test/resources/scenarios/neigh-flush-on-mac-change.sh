# A MAC change (even to the same address) sends NETDEV_CHANGEADDR: arp_netdev_event's neigh_changeaddr flushes
# all the device's neighbours (neigh_flush_dev without skip_perm). The next ping resolves afresh, and its ARP
# request makes the peer take the new MAC for its entry, which had kept the old one.
ip netns add ns1
ip link add v1 type veth peer v1p netns ns1
ip addr add 10.1.0.1/24 dev v1
ip link set v1 up
ip -n ns1 addr add 10.1.0.2/24 dev v1p
ip -n ns1 link set v1p up
ping -c 1 -W 1 10.1.0.2
ip neigh show
ip link set v1 address 02:00:00:00:00:01
ip neigh show
ip -n ns1 neigh show
ping -c 1 -W 1 10.1.0.2
ip -n ns1 neigh show
ip link set v1 address 02:00:00:00:00:01
ip neigh show
ip netns exec ns1 ping -c 1 -W 1 10.1.0.1
ip -n ns1 link set v1p address 02:00:00:00:00:02
ip netns exec ns1 ping -c 2 -i 0.2 -W 1 10.1.0.1
ip neigh show
