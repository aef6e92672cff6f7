# A bridge with no address of its own, three stations. The first ARP request is flooded to every other port (the
# silent station learns nothing from it: arp_accept=0), the reply is forwarded to the port the bridge learnt;
# afterwards the FDB holds one learnt MAC per talking port. A port taken off the bridge (nomaster) loses its
# entries and its station becomes unreachable; 'bridge fdb show dev' then lists only the device's own groups.
ip netns add a
ip netns add b
ip netns add c
ip link add br0 type bridge
ip link set br0 up
ip link add pa type veth peer name eth0 netns a
ip link add pb type veth peer name eth0 netns b
ip link add pc type veth peer name eth0 netns c
ip link set pa master br0 up
ip link set pb master br0 up
ip link set pc master br0 up
ip -n a addr add 10.2.0.1/24 dev eth0
ip -n b addr add 10.2.0.2/24 dev eth0
ip -n c addr add 10.2.0.3/24 dev eth0
ip -n a link set eth0 up
ip -n b link set eth0 up
ip -n c link set eth0 up
ip netns exec a ping -c 2 -i 0.2 10.2.0.3
bridge fdb show dev pa
bridge fdb show dev pc
ip -n b neigh
ip -n c neigh
ip link set pc nomaster
bridge link
bridge fdb show dev pc
ip netns exec a ping -c 1 -W 1 10.2.0.3
ip link set pc master br0
ip netns exec a ping -c 1 10.2.0.3
bridge fdb show dev pc
