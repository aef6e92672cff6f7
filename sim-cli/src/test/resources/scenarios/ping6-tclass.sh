# ping -Q over IPv6: IPV6_TCLASS gives the echo request the traffic class and the echo reply carries it back (the
# capture shows it; ping prints as without -Q); parsetos refuses a value above 255 and ping exits 2. The
# addresses were added while the devices were down: b drops the first neighbour solicitation for fd00::2, as
# ip6_route_input finds no ff00::/8 for vb until addrconf adds it (up to a second after the link is ready), so
# the first echo waits for the second solicitation, a second later (pipe 2).
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add fd00::1/64 dev va nodad
ip -n b addr add fd00::2/64 dev vb nodad
ip -n a link set va up
ip -n b link set vb up
ip netns exec a ping -c 2 -i 0.2 -Q 0xb9 fd00::2
ip netns exec a ping -c 1 -Q 46 -6 fd00::2
ip netns exec a ping -c 1 -Q 300 fd00::2
ip netns exec a ping -c 1 -Q 0x10 -4 fd00::2
