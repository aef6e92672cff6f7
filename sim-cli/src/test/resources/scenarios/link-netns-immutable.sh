# A bridge and lo are netns_immutable (br_dev_setup, loopback_net_init): __dev_change_net_namespace refuses them
# with an extended ack of their own; a move to where the device is already does nothing, for them too. A veth and
# a tap move.
ip netns add ns1
ip link add br0 type bridge
ip link set br0 netns ns1
ip link set br0 netns 1
ip link set lo netns ns1
ip link set lo netns 1
ip -n ns1 link set lo netns 1
ip -n ns1 link add br1 type bridge
ip -n ns1 link set br1 netns 1
ip link add v1 type veth peer v1p
ip link set v1p netns ns1
ip tuntap add tap0 mode tap
ip link set tap0 netns ns1
ip -n ns1 -br link show
