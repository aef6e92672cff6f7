# ip -6 -j addr: iproute2's JSON printers over the AF_INET6 link dump (fewer link fields: no qdisc, group, link
# type or address; a same-namespace veth peer as "link", none for a peer in another namespace), and over the full
# link message with dev. An address of the family listed that the scope, flags or prefix filter refuses is still
# an object, empty ({}): print_selected_addrinfo opens it before print_addrinfo filters, for IPv4 as well.
ip link set lo up
ip netns add b
ip link add v1 type veth peer v1p netns b
ip link add v2 type veth peer v2p
ip link add v3 type veth peer v3p
ip addr add 10.0.0.1/24 dev v2
ip addr add 10.0.0.2/24 dev v2
ip addr add 192.168.5.1/24 dev v2
ip addr add 2001:db8::1/64 dev v1
ip addr add 2001:db8:1::1/64 dev v1 nodad
ip addr add 2001:db8:2::1/64 dev v2 nodad
ip addr add 2001:db8:3::1/64 dev v3 nodad
ip link set v1 up
ip -n b link set v1p up
ip link set v2 up
ip link set v2p up
ip link set v3 up
ip -6 -j addr
ip -6 -j -p addr show dev v1
ip -6 -j addr show scope link
ip -6 -br -j addr
ip -6 -o -j addr show dev lo
ip -n b -6 -j a
ip -j addr show scope host
ip -j addr show to 10.0.0.0/8
ip -4 -j addr show secondary
ip -br -j addr show scope global
ip -o -j -6 addr show scope global
ip -j addr show dev v2 primary
ip -6 -j addr show dev v2 scope host
ip -6 -j addr show up
ip -6 -j addr show dynamic
ip -6 -j -p addr show dev v3
