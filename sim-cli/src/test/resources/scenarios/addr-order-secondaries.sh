# How the kernel lists and deletes IPv4 addresses (__inet_insert_ifa, __inet_del_ifa, fib_add_ifaddr,
# fib_del_ifaddr): a primary goes after the last primary of at least its scope (so scope host 127/8 comes first),
# a second address in a subnet is secondary and goes last; every route of a secondary takes its primary as src.
# Deleting a primary deletes its secondaries and their routes; the local route of an address held twice (/24 and
# /16) stays. Deleting the last address takes every route through the device, user routes too, and the
# neighbours.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a link set va up
ip -n b link set vb up
ip -n b addr add 10.0.1.9/24 dev vb
ip -n a addr add 10.0.0.1/24 dev va
ip -n a addr add 10.0.1.1/24 dev va
ip -n a addr add 10.0.0.2/24 brd + dev va
ip -n a addr add 10.0.1.2/24 dev va
ip -n a addr add 10.0.0.3/24 dev va
ip -n a addr add 10.0.0.1/16 dev va
ip -n a addr add 127.0.0.5/8 dev va
ip -n a -4 addr show dev va
ip -n a route show table local
ip -n a route
ip -n a addr del 10.0.0.1/24 dev va
ip -n a -4 addr show dev va
ip -n a route show table local
ip -n a route
ip -n a addr del 10.0.0.1/16 dev va
ip -n a addr del 127.0.0.5/8 dev va
ip -n a route add 10.9.0.0/16 via 10.0.1.254
ip netns exec a ping -c 1 -I 10.0.1.2 10.0.1.9
ip -n a neigh
ip -n a route
ip -n a addr del 10.0.1.2/24 dev va
ip -n a route
ip -n a addr del 10.0.1.1/24 dev va
ip -n a route
ip -n a route show table local
ip -n a neigh
