# net.ipv6.conf.*.disable_ipv6 (IPV6.md 5): on a device it takes every IPv6 address and route away (IPv4 stays) and
# refuses new ones ("IPv6 is disabled on this device"); back at 0 the device is configured again as at link-up,
# its link-local through DAD, the configured address not restored. all sets default and every device, lo too:
# ::1 goes with its local route (ping ::1 then cannot find a source), and comes back at 0.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add fd00:7::1/64 dev va nodad
ip -n a addr add 10.7.0.1/24 dev va
ip -n a link set lo up
ip -n a link set va up
ip -n b link set vb up
ip netns exec a ping -q -c 3 -i 1 127.0.0.1
ip -n a addr show dev va
ip netns exec a sysctl net.ipv6.conf.va.disable_ipv6
ip netns exec a sysctl -w net.ipv6.conf.va.disable_ipv6=1
ip -n a addr show dev va
ip -n a -6 route
ip -n a -6 addr add fd00:8::1/64 dev va
ip netns exec a sysctl -w net.ipv6.conf.va.disable_ipv6=0
ip -n a addr show dev va
ip netns exec a ping -q -c 3 -i 1 127.0.0.1
ip -n a addr show dev va
ip netns exec a sysctl -w net.ipv6.conf.all.disable_ipv6=1
ip netns exec a sysctl net.ipv6.conf.lo.disable_ipv6 net.ipv6.conf.default.disable_ipv6 net.ipv6.conf.va.disable_ipv6
ip -n a -6 route show table local
ip netns exec a ping -c 1 ::1
ip -n a addr
ip netns exec a sysctl -w net.ipv6.conf.all.disable_ipv6=0
ip -n a addr
ip netns exec a ping -q -c 3 -i 1 127.0.0.1
ip -n a addr
ip netns exec a ping -c 1 ::1
