# "ip route get" beyond a destination: "from" (printed, and then no "src"; one not ours is Network is unreachable),
# "oif" (a local address of another device is then on-link, an unreachable route too), "iif" (the input route:
# martian sources are Invalid argument, No route to host without forwarding, "cache iif DEV", local and broadcast
# delivery, <redirect> when the packet would leave the way it came), a gateway that is our own address (no "via"),
# a prefix length (a warning), 0.0.0.0, 255.255.255.255 (broadcast out of the default route's device, or the
# bound one), and -o joining the cache line with a backslash.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip link add vc netns a type veth peer name vd netns b
ip -n a link set lo up
ip -n a addr add 10.0.0.1/24 dev va
ip -n a addr add 10.1.0.1/24 dev vc
ip -n a link set va up
ip -n a link set vc up
ip -n b link set vb up
ip -n b link set vd up
ip -n a route add default via 10.0.0.2
ip -n a route add unreachable 10.8.0.0/16
ip -n a route add blackhole 10.8.1.0/24
ip -n a route add 10.6.0.0/16 via 10.0.0.1
ip -n a route get 10.9.9.9 from 10.0.0.1
ip -n a route get 10.9.9.9 from 10.1.0.1
ip -n a route get 10.9.9.9 from 10.0.0.77
ip -n a route get 10.9.9.9 oif vc
ip -n a route get 10.9.9.9 dev vc from 10.0.0.1
ip -n a route get 10.0.0.1 oif vc
ip -n a route get 10.0.0.1 oif va
ip -n a route get 10.0.0.1 oif lo
ip -n a route get 127.0.0.1 oif va
ip -n a route get 10.8.0.1 oif vc
ip -n a route get 10.6.0.1
ip -n a route get 10.0.0.0/24
ip -n a route get default
ip -n a route get 0.0.0.0
ip -n a route get 255.255.255.255
ip -n a route get 255.255.255.255 oif vc
ip -n a route get 10.9.9.9 iif vc
ip -n a route get 10.9.9.9 from 10.1.0.2 iif vc
ip -n a route get 10.0.0.1 from 10.1.0.2 iif vc
ip -n a route get 10.0.0.255 from 10.1.0.2 iif vc
ip -n a route get 10.9.9.9 from 127.0.0.1 iif vc
ip -n a route get 10.9.9.9 from 10.0.0.1 iif vc
ip -n a route get 127.0.0.1 from 10.1.0.2 iif vc
ip -n a route get 10.9.9.9 from 10.1.0.2 iif nosuch
ip netns exec a sysctl -w net.ipv4.ip_forward=1
ip -n a route get 10.9.9.9 from 10.1.0.2 iif vc
ip -n a route get 10.8.0.1 from 10.1.0.2 iif vc
ip -n a route get 10.8.1.1 from 10.1.0.2 iif vc
ip -n a route get 10.1.0.9 from 10.1.0.2 iif vc
ip -n a route get 10.1.0.9 from 10.5.0.2 iif vc
ip -n a route get 10.0.0.1 from 10.1.0.2 iif vc
ip -n a -o route get 10.0.0.2
ip -n a -o route get 10.0.0.1
ip -n a -o route get 10.9.9.9 from 10.1.0.2 iif vc
ip -n a route get
ip -n a route get 10.9.9.9 oif nosuch
