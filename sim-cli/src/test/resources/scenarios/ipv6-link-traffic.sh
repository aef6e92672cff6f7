# Every link speaks IPv6 once it has carrier, before anyone configures it (IPV6.md 2a): each end sends two MLDv2
# reports for its link-local's solicited-node group from ::, one DAD neighbour solicitation, then, once the address
# is valid about a second later, two more reports from it and router solicitations 4 and 8 s apart (no router
# answers). 20 s after link-up each end has sent 8 frames, 656 bytes, whatever the random delays were, and ip -s
# link counts them with the echoes; the multicast column stays 0.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.6.0.1/24 dev va
ip -n b addr add 10.6.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a ping -q -c 20 -i 1 10.6.0.2
ip -n a -s link show va
ip -n b -s link show vb
# A link below 1280 bytes of MTU has no IPv6 (IPV6.md 5): only ARP and the echoes are counted.
ip netns add c
ip netns add d
ip link add vc netns c type veth peer name vd netns d
ip -n c link set vc mtu 1279
ip -n d link set vd mtu 1279
ip -n c addr add 10.6.1.1/24 dev vc
ip -n d addr add 10.6.1.2/24 dev vd
ip -n c link set vc up
ip -n d link set vd up
ip netns exec c ping -q -c 3 -i 1 10.6.1.2
ip -n c -s link show vc
