# IPv6 across a bridge (IPV6.md 7 for the neighbours): the bridge floods neighbour solicitations to the solicited-
# node groups (it snoops but nobody queried, so every group floods), learns the containers' MACs from their
# traffic, and answers for its own address. Counters are left out: on the kernel the bridge's own MLD reports and
# DAD solicitations race with its carrier as ports join (frames sent while it has none are dropped), and with MLD's
# merging of records, differently from run to run.
ip netns add h
ip netns add c1
ip netns add c2
ip -n h link set lo up
ip -n h link add br0 type bridge
ip -n h link set br0 up
ip link add p1 netns h type veth peer name e1 netns c1
ip link add p2 netns h type veth peer name e2 netns c2
ip -n h link set p1 master br0
ip -n h link set p2 master br0
ip -n h link set p1 up
ip -n h link set p2 up
ip -n c1 addr add fd00:17::2/64 dev e1 nodad
ip -n c2 addr add fd00:17::3/64 dev e2 nodad
ip -n h addr add fd00:17::1/64 dev br0 nodad
ip -n c1 link set e1 up
ip -n c2 link set e2 up
ip -n c1 link set lo up
ip netns exec c1 ping -q -c 4 -i 1 127.0.0.1
ip netns exec c1 ping -c 2 -i 0.2 fd00:17::3
ip netns exec c1 ping -c 2 -i 0.2 fd00:17::1
ip netns exec h ping -c 1 fd00:17::3
ip -n c1 -6 neigh
ip -n h -6 neigh
ip -n c2 -6 neigh
bridge -n h fdb show br br0
