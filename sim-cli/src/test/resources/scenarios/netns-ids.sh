# Namespace ids: "ip netns list" shows "(id: N)" once the current namespace has an id for a namespace (set when
# a veth links them); "list-id" from both sides.
ip netns add a
ip netns add b
ip netns list
ip netns list-id
ip link add va netns a type veth peer name vroot
ip netns list
ip netns list-id
ip -n a netns list-id
ip link add vb netns b type veth peer name vb2 netns a
ip -n a netns list-id
ip -n b netns list-id
ip -n a link show
ip netns exec a ip netns identify
