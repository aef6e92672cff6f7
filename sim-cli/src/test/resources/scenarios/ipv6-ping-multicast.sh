# ping of a link-scope group with its device (ping ff02::1%e1, how people find their IPv6 neighbours): every member
# on the bridged link answers, and this host too (IPV6_MULTICAST_LOOP: the request is looped back on the device);
# the extra replies count as duplicates but ping marks them (DUP!) only under -v; the count stops at the first
# replies; a group is not fragmented unless -M says so (ping's local error otherwise); ff02::2 (routers) is silent.
ip netns add a
ip netns add b
ip netns add c
ip netns add h
ip -n h link add br0 type bridge
ip -n h link set br0 up
ip link add p1 netns h type veth peer name e1 netns a
ip link add p2 netns h type veth peer name e2 netns b
ip link add p3 netns h type veth peer name e3 netns c
ip -n h link set p1 master br0
ip -n h link set p2 master br0
ip -n h link set p3 master br0
ip -n h link set p1 up
ip -n h link set p2 up
ip -n h link set p3 up
ip -n a link set e1 up
ip -n b link set e2 up
ip -n c link set e3 up
ip -n a link set lo up
ip netns exec a ping -q -c 4 -i 1 127.0.0.1
ip netns exec a ping -c 2 -i 0.5 ff02::1%e1
ip netns exec a ping -c 1 -s 2000 ff02::1%e1
ip netns exec a ping -c 1 -M want -s 2000 ff02::1%e1
ip netns exec a ping -c 1 ff02::2%e1
ip netns exec a ping -v -c 1 ff02::1%e1
ip netns exec a ping -q -c 2 -i 0.3 ff02::1%e1
