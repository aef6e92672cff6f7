# IPv6 addresses configured with ip addr add: tentative until duplicate address detection ends (1 to 2 s after
# the link is ready), nodad never; global before site before link scope, newest first within one; the errors
# inet6_addr_add and inet6_addr_del send, and iproute2's own; ip -6 lists only devices with IPv6 addresses, in the
# short form of the AF_INET6 link dump, and the long form without link/ether for one device.
ip netns add a
ip -n a link add va type veth peer name vb
ip -n a link set lo up
ip -n a addr add fd00:6::1/64 dev va
ip -n a addr add fd00:6::1/64 dev va
ip -n a addr add fd00:6::1/80 dev va
ip -n a addr add 2001:db8::5 dev va
ip -n a -6 addr add fd00:6::7/0x40 dev va
ip -n a addr add fec0::1/64 dev va
ip -n a addr add fe80::1/64 dev va nodad
ip -n a addr add nodad fd00:6::9/64 dev va
ip -n a addr add ::ffff:1.2.3.4/96 dev va
ip -n a addr add ff02::5/64 dev va
ip -n a addr add ::/0 dev va
ip -n a addr add ::1/128 dev va
ip -n a addr add fd00:6::2/129 dev va
ip -n a addr add fd00:6::g/64 dev va
ip -n a -4 addr add fd00:6::3/64 dev va
ip -n a -6 addr add 10.0.0.1/24 dev va
ip -n a addr add 10.0.0.1/24 dev va nodad
ip -n a addr add fd00:6::5/64
ip -n a addr add fd00:6::5/64 dev nosuch
ip -n a -6 addr add dev va
ip -n a a show dev va
ip -n a -6 a
ip -n a addr del fd00:6::1 dev va
ip -n a addr del fd00:6::1/80 dev va
ip -n a -6 addr del fd00:6::99/64 dev va
ip -n a addr del fd00:6::1/64 dev va
ip -n a addr del fd00:6::9/64 dev va
ip -n a link set vb mtu 1200
ip -n a addr add fd00:7::1/64 dev vb
ip -n a addr del fd00:7::1/64 dev vb
ip -n a link set vb mtu 1500
ip -n a addr add fd00:7::1/64 dev vb
ip -n a link set va up
ip -n a link set vb up
ip -n a -6 a
ping -c 4 -i 1 127.0.0.1 -q
ip -n a -6 a
ip -n a -6 addr show dev vb
ip -n a -6 addr flush dev va
ip -n a a show dev va
ip -n a link set vb down
ip -n a -6 a
# Without IFLA_LINK (a veth whose peer has the same index in another namespace) ip -6 a prints the bare name
# (fuzz seed 1205, 002); with another index, NAME@ifN.
ip netns add c
ip netns add d
ip -n c link add x type veth peer name y netns d
ip -n c link set x up
ip -n d link set y up
ip -n d link add z type veth peer name w netns c
ip -n d link set z up
ip -n c link set w up
ip -n d -6 a show up
ip -n c -6 a
