# ping over IPv6 between two namespaces (IPV6.md 6): the first echo waits for neighbour discovery (a solicitation to
# the solicited-node group from the echo's own source, a solicited advertisement back), the asker's entry is then
# REACHABLE and the answerer's, learnt from the solicitation, DELAY; ::1 and an own address answer through lo,
# which counts 104 bytes a packet (no link-layer header); a link-local target is printed with its device.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add fd00:1::1/64 dev va nodad
ip -n b addr add fd00:1::2/64 dev vb nodad
ip -n a addr add fe80::1/64 dev va nodad
ip -n b addr add fe80::2/64 dev vb nodad
ip -n a link set lo up
ip -n b link set lo up
ip -n a link set va up
ip -n b link set vb up
# Right after link-up the peer's address may not be ready yet (addrconf runs once linkwatch has seen the carrier,
# as late as a second after link-up for veth ends of the same index): the first solicitation then goes unanswered
# and the echoes wait a second for the next (IPV6.md 7). Wait 2 s.
ip netns exec a ping -q -c 3 -i 1 127.0.0.1
ip netns exec a ping -c 3 -i 0.2 fd00:1::2
ip -n a -6 neigh
ip -n b -6 neigh show dev vb
ip netns exec a ping -c 1 ::1
ip netns exec a ping -c 2 -i 0.2 fd00:1::1
ip netns exec a ping -6 -c 1 -s 1000 fd00:1::2
ip netns exec a ping -c 1 -q fd00:1::2
ip netns exec b ping -c 1 fe80::1%vb
ip netns exec b ping -c 1 -I vb fd00:1::1
ip netns exec b ping -c 1 -I fd00:1::2 fd00:1::1
ip netns exec b ping -c 1 -t 7 fd00:1::1
ip -n a -s link show lo
# The veths' counters are left out: whether two MLD joins at link-up share one report (110 bytes) or not (90) is a
# kernel race (README's IPv6 counters).
ip neigh
ip -n b neigh
ip -n b -4 neigh
ip -n b -6 neigh flush dev vb
ip -n b -6 neigh
