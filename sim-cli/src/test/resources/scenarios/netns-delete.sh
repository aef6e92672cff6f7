# Deleting namespaces: a veth end in a deleted namespace is destroyed with it, and its peer disappears too;
# "ip -all netns delete" removes every name. The kernel tears a namespace down from a workqueue a few
# milliseconds after its name goes, so each delete is followed by a one-second ping into a tap nobody reads
# (the waiter): both backends then show the state after the cleanup, never a race with it.
ip tuntap add dev waiter mode tap
ip link set waiter up
ip addr add 10.9.0.1/24 dev waiter
ip netns add a
ip netns add b
ip netns add c
ip link add va netns a type veth peer name vb netns b
ip link add vc netns c type veth peer name vroot
ip netns list
ip -n b link show
ip netns delete a
ping -c 1 -W 1 10.9.0.2
ip -n b link show
ip netns list
ip link show vroot
ip -all netns delete
ping -c 1 -W 1 10.9.0.2
ip netns list
ip link show
