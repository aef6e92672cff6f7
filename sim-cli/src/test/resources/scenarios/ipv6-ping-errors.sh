# ping -6's failures (IPV6.md 4 and 6): an on-link address nobody holds is "Address unreachable" after three
# solicitations 1 s apart (the entry INCOMPLETE, then FAILED), from our own address through lo; connect() errors
# for no route, unreachable, blackhole and prohibit routes; no usable source at all; the command line's own
# refusals (family, scope, interface, source address).
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip netns exec a ping -c 1 ::1
ip -n a addr add fd00:5::1/64 dev va nodad
ip -n b addr add fd00:5::2/64 dev vb nodad
ip -n a link set va up
ip -n b link set vb up
ip netns exec a ping -c 1 ::1
ip netns exec a ping -c 1 -W 1 fd00:5::77
ip -n a link set lo up
ip netns exec a ping -c 1 -W 4 fd00:5::78
ip -n a -6 neigh
ip netns exec a ping -c 2 -i 0.5 -W 5 fd00:5::79
ip -n a -6 neigh show dev va
ip netns exec a ping -c 1 fd00:9::1
ip -n a -6 route add unreachable fd00:66::/64
ip -n a -6 route add blackhole fd00:67::/64
ip -n a -6 route add prohibit fd00:68::/64
ip netns exec a ping -c 1 fd00:66::1
ip netns exec a ping -c 1 fd00:67::1
ip netns exec a ping -c 1 fd00:68::1
ip netns exec a ping -4 -c 1 fd00:5::2
ip netns exec a ping -6 -c 1 10.0.0.1
ip netns exec a ping -4 -6 -c 1 fd00:5::2
ip netns exec a ping -c 1 fd00:5::2%nosuch
ip netns exec a ping -c 1 -I nosuch fd00:5::2
ip netns exec a ping -c 1 -I fd00:5::9 fd00:5::2
ip netns exec a ping -c 1 -I fd00:5::1 fd00:5::2
ip -n a -s link show lo
ip -n a -s link show va
