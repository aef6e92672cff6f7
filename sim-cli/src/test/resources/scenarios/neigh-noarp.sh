# The NOARP entries the kernel makes on output, which ip neigh lists only with nud noarp or nud all:
# ip_finish_output2 keys every next hop on lo as 0.0.0.0 (ip_neigh_gw4), made by the first IPv4 packet through
# lo even while lo is down; IPv6 keys lo's by the destination (::1), and each multicast group a device sends to
# (MLD reports to ff02::16, DAD to the solicited-node group, router solicitations to ff02::2) by the group, with
# its mapped MAC. ip neigh flush leaves them; lo going down takes its own. The first ping waits 3 s in b, so that
# a's link-local DAD and first router solicitation are over before a's table is listed.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec b ping -c 1 -W 3 10.0.0.99
ip netns exec a ping -c 1 -W 1 10.0.0.1
ip -n a neigh show nud all
ip -n a link set lo up
ip netns exec a ping -c 1 -W 1 10.0.0.1
ip netns exec a ping -c 1 -W 1 127.0.0.5
ip -n a neigh show nud all
ip -n a neigh show nud noarp
ip -n a -j neigh show nud noarp
ip -n a neigh
ip netns exec a ping -c 2 -i 0.3 10.0.0.2
ip -n a -4 neigh show nud all
ip -n a -6 neigh show nud all
ip netns exec a ping -c 1 ::1
ip -n a -6 neigh show nud all
ip -n a neigh show nud all
ip -n a neigh flush dev lo nud all
ip -n a neigh show nud all
ip -n a link set lo down
ip -n a neigh show nud all
