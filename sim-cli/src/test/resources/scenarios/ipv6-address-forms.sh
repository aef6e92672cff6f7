# ip -6 -br addr and ip -6 -o addr (iproute2 6.1 over the AF_INET6 dump): the brief line names a device as that
# dump does (name@peer only when the veth peer's index differs from its own, so va here is bare but vc is not),
# unless one device was asked for (then the full link request's name@peer); -o prints no link header at all, one
# line per address, and with -br the brief form wins.
ip netns add a
ip netns add b
ip netns add c
ip -n c link add x1 type veth peer name x2
ip link add va netns a type veth peer name vb netns b
ip link add vc netns a type veth peer name vd netns c
ip -n a addr add fd00:7::1/64 dev va nodad
ip -n a addr add fd00:7::9/64 dev va
ip -n a addr add 10.7.0.1/24 dev va
ip -n a addr add fd00:8::1/64 dev vc nodad
ip -n a link set lo up
ip -n a link set va up
ip -n b link set vb up
ip -n a link set vc up
ip -n c link set vd up
ip netns exec a ping -q -c 5 -i 1 127.0.0.1
ip -n a -6 -br addr
ip -n a -6 -br addr show dev va
ip -n a -br -6 a show dev lo
ip -n a -6 -br addr show dev vc
ip -n a -6 -o addr
ip -n a -o -6 addr show dev va
ip -n a -6 -o -br addr
ip -n a -br addr
ip -n a -o addr
ip -n a -6 -br addr show scope global
