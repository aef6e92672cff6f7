# ping -6 -I DEV looks for its source among the device's addresses with getifaddrs(), a netlink dump of the links
# that allocates the nsid of a peer's namespace, as any link dump does (found by nslab fuzz --seed 7070, 001).
ip netns add ns1
ip link add netns ns1 type veth peer v2p
ping -I v2p -6 -W 1 fe80::1%lo
ip netns list-id
