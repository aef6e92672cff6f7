# OUTPUT and isolation: a DROP in a's OUTPUT stops a's pings (no message, only the loss) and counts each; a's rules
# are a's only (b lists empty chains, and b's own pings pass); a device moved out of a takes no rule with it, and
# a rule naming it (-o va) stays in a, matching nothing there any more.
ip netns add a
ip netns add b
ip netns add c
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a iptables -A OUTPUT -o va -p icmp -j DROP
ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.0.2
ip netns exec b ping -c 1 -W 1 10.0.0.1
ip netns exec a iptables -L OUTPUT -n -v
ip netns exec b iptables -L -n -v
ip netns exec b iptables-save
ip -n a link set va netns c
ip -n c addr add 10.0.0.1/24 dev va
ip -n c link set va up
ip netns exec c ping -c 1 10.0.0.2
ip netns exec c iptables -S
ip netns exec a iptables -S
