# Route attributes and what "ip route" prints for them: src (must be one of our addresses, 127/8 included, and is
# then refused on output through another device), proto by name or number (0x10 is dhcp, 99 is openr from Debian's
# rt_protos), scope by name or number, metric up to 2^32-1 in unsigned order, and the kernel's checks in their
# order: prefix bits past the length, a scope too narrow for the type or beyond host, a gateway on a host-scope route
# or one not reachable at a wider scope, a gateway through a down device, a device that is down.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip link add vc netns a type veth peer name vd netns b
ip -n a link set lo up
ip -n a addr add 10.0.0.1/24 dev va
ip -n a addr add 10.0.5.1/24 dev vc
ip -n a link set va up
ip -n b link set vb up
ip -n a route add 10.5.0.1/24 dev va
ip -n a route add 10.5.0.0/24 dev va src 10.0.0.99
ip -n a route add 10.5.0.0/24 dev va src 10.0.0.1 proto static
ip -n a route add 10.5.1.0/24 via 10.0.0.2 src 127.0.0.5 proto dhcp
ip -n a route add 10.5.2.0/24 dev va scope host proto 0x10
ip -n a route add 10.5.3.0/24 via 10.0.0.2 scope link
ip -n a route add 10.5.4.0/24 via 10.0.0.2 scope host
ip -n a route add 10.5.5.0/24 dev va scope nowhere
ip -n a route add 10.5.6.0/24 dev va scope 200 proto 99
ip -n a route add 10.5.7.0/24 via 10.0.0.2 scope 17 proto 0
ip -n a route add 10.5.8.0/24 dev va metric 4294967295 proto kernel
ip -n a route add 10.5.8.0/24 dev va metric 4294967294 proto boot
ip -n a route add 10.5.8.0/24 dev va metric 4294967296
ip -n a route add 10.5.9.0/24 dev va proto bogus
ip -n a route add 10.5.9.0/24 dev va proto 256
ip -n a route add 10.5.9.0/24 dev va scope bogus
ip -n a route add 10.5.9.0/24 dev va metric -1
ip -n a route add 10.5.10.0/24 via 10.0.5.1
ip -n a route add 10.5.10.0/24 via 10.0.0.2 dev vc
ip -n a route add 10.5.10.0/24 via 10.0.0.1 dev vc
ip -n a route add 10.5.10.0/24 dev vc
ip -n a route add 10.5.10.0/24 scope host
ip -n a route add 10.5.11.0/24 dev vc scope host
ip -n a route add 10.5.12.0/24 via 127.0.0.1
ip -n a route add 10.5.13.0/24 via 10.0.0.1
ip -n a route add 10.5.14.0/24 dev va src 10.0.5.1
ip -n a route add 10.5.15.0/24 via 10.0.0.2 src 10.0.0.1 scope global
ip -n a route
ip -n a route get 10.5.1.1
ip -n a route get 10.5.14.1
ip -n a route get 10.5.0.1
ip -n a route get 10.5.12.1
ip -n a route del 10.5.0.0/24 proto boot
ip -n a route del 10.5.0.0/24 scope host
ip -n a route del 10.5.0.0/24 src 10.0.0.5
ip -n a route del 10.5.0.0/24 dev vc
ip -n a route del 10.5.0.0/24 via 10.0.0.2
ip -n a route del 10.5.0.0/24 metric 0 proto static scope link src 10.0.0.1 dev va
ip -n a route del 10.5.8.0/24 metric 4294967295
ip -n a route del 10.5.8.0/24 metric 0
ip -n a route del 10.5.1.0/23
ip -n a route
ip -n a link set va down
ip -n a route
