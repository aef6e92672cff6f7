# ping -I DEV with no source address reads getifaddrs() to check the source the kernel picked (ping4_run's and
# ping6_run's warning): a link dump in ping's namespace, and a dump names each veth peer's namespace by an id,
# which the kernel allocates then. So the initial namespace gets an nsid for ns2 (the peer of its vd) only when
# its own ping -I lo runs.
ip netns add ns1
ip netns add ns2
ip -n ns1 link add va type veth peer name vb netns ns2
ip -n ns2 link add vc type veth peer name vd netns 1
ip -n ns2 addr add 10.0.0.2/24 dev vb
ip -n ns2 link set vb up
ip -n ns2 link set lo up
ip netns list-id
ip -n ns2 netns list-id
ip netns exec ns2 ping -c 1 -W 1 -I vb 10.0.0.2
ip -n ns2 netns list-id
ip netns exec ns2 ping -c 1 -W 1 -I lo 10.0.0.2
ip -n ns2 netns list-id
ping -c 1 -I lo 127.0.0.1
ip netns list-id
ip -n ns1 netns list-id
