# A move to a namespace that does not exist fails while ip parses its arguments (iplink_parse opens
# /run/netns/NAME), before it looks the device up: no RTM_GETLINK, so the kernel does not handle the device's
# pending link event out of turn (linkwatch_sync_dev) and the end brought up just before, whose iflink equals its
# ifindex, stays DOWN until the link watch's second is over; a command that names the device (ip link show DEV)
# has it handled at once. (fuzz seed 1208, 001)
ip netns add ns1
ip link add v1 type veth peer v1p netns ns1
ip link set v1 up
ip -n ns1 addr add 10.1.138.174/24 dev v1p
ip -n ns1 link set v1p up
ip -n ns1 link set v1p netns nosuch0
ip netns exec ns1 ip -brief address
ip -n ns1 link show v1p
ip netns exec ns1 ip -brief address
