# What nf_tables and iptables refuse of a rule spec (found by the fuzzer): ! -s/-d of a /0 (exit 4), ! -p all
# (never matches), a lone + as interface (no interface at all, listed as *), repeated options; and a packet looped
# through lo keeps its connection: MASQUERADE on lo maps a local ping's source to another device's address
# (inet_select_addr's fallback) and the reply comes back mapped.
ip netns add a
ip netns exec a iptables -A FORWARD ! -d 0.0.0.0/0
ip netns exec a iptables -A FORWARD ! -s 0.0.0.0/0
ip netns exec a iptables -A FORWARD ! -s 10.0.0.0/0
ip netns exec a iptables -A FORWARD ! -d 0.0.0.0/0 -p icmp
ip netns exec a iptables -A FORWARD ! -p icmp
ip netns exec a iptables -A FORWARD ! -p all
ip netns exec a iptables -A FORWARD ! -p 0
ip netns exec a iptables -A FORWARD ! -i +
ip netns exec a iptables -A FORWARD ! -o +
ip netns exec a iptables -A FORWARD -i +
ip netns exec a iptables -A INPUT -i + -i lo
ip netns exec a iptables -A INPUT -o + -s 1.2.3.4 -s 1.2.3.4
ip netns exec a iptables -D FORWARD -o +
ip netns exec a iptables -S FORWARD
ip netns exec a iptables -L FORWARD -v -n
ip netns add h
ip -n h link set lo up
ip -n h link add v1 type veth peer name v1p
ip -n h addr add 10.1.72.196/24 dev v1p
ip -n h addr add 10.1.72.147/32 dev v1p
ip netns exec h iptables -t nat -A POSTROUTING -j MASQUERADE
ip netns exec h ping -c 2 -i 0.3 -I 10.1.72.147 127.1.2.3
ip netns exec h iptables -t nat -L POSTROUTING -n -v
ip netns exec h conntrack -L
