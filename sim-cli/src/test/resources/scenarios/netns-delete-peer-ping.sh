# A ping from the peer namespace after the other end's namespace is deleted: cleanup_net has destroyed the veth
# pair (and with it the connected route) by the time a one-second wait is over, so ping's connect() finds no
# route: "Network is unreachable", exit 2. The wait is a ping into a veth whose peer is down (nobody answers
# ARP). Right after the delete the kernel races with its cleanup workqueue (the ping in b just before holds the
# namespace a while, see golden netns-cleanup-timing), so no command here looks before the wait is over.
ip link add wait0 type veth peer name wait1
ip link set wait0 up
ip addr add 10.9.0.1/24 dev wait0
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec b ping -c 1 10.0.0.1
ip netns delete a
ping -c 1 -W 1 10.9.0.2
ip -n b link show
ip -n b route
ip netns exec b ping -c 1 -W 1 10.0.0.1
ip netns exec b ping -c 1 -W 1 10.0.0.2
