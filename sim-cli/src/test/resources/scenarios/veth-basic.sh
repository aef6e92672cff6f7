# A veth pair between two namespaces, step by step: created in the root namespace, moved, one end up
# (NO-CARRIER, linkdown route), both up, a ping across, the neighbour entries it leaves.
ip netns add left
ip netns add right
ip link add vl type veth peer name vr
ip link show
ip link set vl netns left
ip link set vr netns right
ip link show
ip -n left link show
ip -n left addr add 10.0.1.1/24 dev vl
ip -n right addr add 10.0.1.2/24 dev vr
ip -n left link set vl up
ip -n left link show vl
ip -n left route
ip -n right link set vr up
ip -n left link show vl
ip -n left route
ip netns exec left ping -c 3 -i 0.2 10.0.1.2
ip -n left neigh show dev vl
ip -n right neigh
