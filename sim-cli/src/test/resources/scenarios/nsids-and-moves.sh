# Namespace ids as moves and dumps allocate them: a veth made with one end in the root namespace gives only the
# other namespace an id; a root "ip link show" gives root one; moving a device gives the old namespace an id
# for the new one; renaming a moved end; deleting one end takes its peer.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vroot
ip netns list
ip link show
ip netns list
ip netns list-id
ip link set vroot netns a
ip -n a link show
ip -n a link set vroot netns b
ip -n a link show
ip -n b link show
ip netns list-id
ip -n a netns list-id
ip -n b netns list-id
ip -n b link set vroot name vr
ip -n b link del vr
ip -n a link show
ip netns del a
ip netns list
ip netns exec a ip link
