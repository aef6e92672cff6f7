# net.ipv4.conf.DEV.promote_secondaries (or all): deleting a primary promotes its first secondary instead of
# deleting them all; the promoted address moves up behind the last primary, and the subnet's routes come back with
# it as their src (the other secondaries' local routes too), and the peer learns the new source. A user route
# through the subnet's gateway stays. default.promote_secondaries reaches only devices made after it.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a link set va up
ip -n b link set vb up
ip -n b addr add 10.0.0.9/24 dev vb
ip netns exec a sysctl net.ipv4.conf.va.promote_secondaries
ip netns exec a sysctl -w net.ipv4.conf.va.promote_secondaries=1
ip -n a addr add 10.0.0.1/24 dev va
ip -n a addr add 10.0.1.1/24 dev va
ip -n a addr add 10.0.0.2/24 brd + dev va
ip -n a addr add 10.0.1.2/24 dev va
ip -n a addr add 10.0.0.3/24 dev va
ip -n a route add 10.9.0.0/16 via 10.0.0.254
ip -n a -4 addr show dev va
ip -n a route
ip -n a addr del 10.0.0.1/24 dev va
ip -n a -4 addr show dev va
ip -n a route
ip -n a route show table local
ip netns exec a ping -c 1 10.0.0.9
ip -n b neigh
ip netns exec a sysctl -w net.ipv4.conf.va.promote_secondaries=0 net.ipv4.conf.all.promote_secondaries=1
ip -n a addr del 10.0.0.2/24 dev va
ip -n a -4 addr show dev va
ip netns exec a sysctl -w net.ipv4.conf.all.promote_secondaries=0 net.ipv4.conf.default.promote_secondaries=1
ip -n a addr add 10.0.0.1/24 dev va
ip -n a addr add 10.0.0.2/24 dev va
ip -n a addr del 10.0.0.3/24 dev va
ip -n a -4 addr show dev va
ip -n a link add vc type veth peer name vd
ip netns exec a sysctl net.ipv4.conf.va.promote_secondaries net.ipv4.conf.vc.promote_secondaries
ip -n a addr add 10.0.5.1/24 dev vc
ip -n a addr add 10.0.5.2/24 dev vc
ip -n a addr del 10.0.5.1/24 dev vc
ip -n a -4 addr show dev vc
