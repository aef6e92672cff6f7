# Deleting namespaces: a veth end in a deleted namespace is destroyed with it, and its peer disappears too;
# "ip -all netns delete" removes every name.
ip netns add a
ip netns add b
ip netns add c
ip link add va netns a type veth peer name vb netns b
ip link add vc netns c type veth peer name vroot
ip netns list
ip -n b link show
ip netns delete a
ip -n b link show
ip netns list
ip link show vroot
ip -all netns delete
ip netns list
ip link show
