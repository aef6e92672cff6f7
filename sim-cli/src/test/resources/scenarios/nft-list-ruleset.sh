# nft's view of iptables-nft's rules (nftables 1.0.6 over iptables 1.8.9): tables and chains in the order the
# kernel made them (base chains lazily), each rule as the expressions iptables-nft generated after nft's
# dependency elimination (a tcp or udp protocol folds into its port match; icmp's stays), counters, verdicts and
# NAT mappings; the warning (stderr) before a table that holds a rule; errors for a table that is not there; and
# the quirks measured: a comment prints as an empty expression, --icmp-type any as "ip protocol icmp", a typed
# code as "xt match icmp", an addrtype with both sides as its source side only.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip -n b link set lo up
ip netns exec b nft list ruleset
ip netns exec b nft list tables
ip netns exec b nft list table ip filter
ip netns exec b iptables -t nat -A INPUT -s 10.0.0.9 -j SNAT --to-source 10.0.0.2
ip netns exec b iptables -A INPUT -i lo -j ACCEPT
ip netns exec b iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
ip netns exec b iptables -A INPUT -s 10.0.0.0/24 -p icmp --icmp-type echo-request -j ACCEPT
ip netns exec b iptables -A INPUT -p tcp --dport 22 -j ACCEPT
ip netns exec b iptables -A INPUT -p udp -m udp --dport 53 -j ACCEPT
ip netns exec b iptables -A INPUT -s 192.168.0.0/16 ! -i vb -j DROP
ip netns exec b iptables -N LOGDROP
ip netns exec b iptables -A LOGDROP -j DROP
ip netns exec b iptables -A FORWARD -j LOGDROP
ip netns exec b iptables -A OUTPUT -o vb -d 10.0.0.1 -j ACCEPT
ip netns exec b iptables -A OUTPUT -o vb ! -d 10.0.0.0/24 -p icmp --icmp-type echo-reply -j ACCEPT
ip netns exec b iptables -A OUTPUT -p icmp --icmp-type any -j ACCEPT
ip netns exec b iptables -A OUTPUT -p icmp --icmp-type port-unreachable -j ACCEPT
ip netns exec b iptables -A OUTPUT -p icmp ! --icmp-type 11 -j ACCEPT
ip netns exec b iptables -A OUTPUT -m addrtype --src-type LOCAL --dst-type UNICAST -j ACCEPT
ip netns exec b iptables -A OUTPUT -m addrtype ! --dst-type BROADCAST,MULTICAST -j ACCEPT
ip netns exec b iptables -A OUTPUT -s 10.0.0.1 -m comment --comment x -j ACCEPT
ip netns exec b iptables -A OUTPUT -p tcp --sport 1:2 --dport 3 -j ACCEPT
ip netns exec b iptables -A OUTPUT -p tcp ! --sport 5 -j ACCEPT
ip netns exec b iptables -A OUTPUT ! -o vb+ -j DROP
ip netns exec b iptables -A OUTPUT -m state --state ESTABLISHED,RELATED,INVALID,NEW -j ACCEPT
ip netns exec b iptables -A OUTPUT -m conntrack ! --ctstate NEW,ESTABLISHED -j ACCEPT
ip netns exec b iptables -A OUTPUT -p udp -m comment --comment "a b" --dport 7 -j ACCEPT
ip netns exec b iptables -A OUTPUT ! -s 10.0.0.1 -j RETURN
ip netns exec b iptables -A OUTPUT ! -p icmp -j ACCEPT
ip netns exec b iptables -A OUTPUT -p tcp -j ACCEPT
ip netns exec b iptables -A OUTPUT
ip netns exec b iptables -A INPUT -p icmp -j REJECT --reject-with icmp-net-unreachable
ip netns exec b iptables -A INPUT -j REJECT --reject-with icmp-port-unreachable
ip netns exec b iptables -A INPUT -j REJECT --reject-with icmp-admin-prohibited
ip netns exec b iptables -A INPUT -j REJECT --reject-with icmp-proto-unreachable
ip netns exec b iptables -A INPUT -j REJECT --reject-with icmp-host-prohibited
ip netns exec b iptables -P FORWARD DROP
ip netns exec b iptables -t nat -A POSTROUTING -o vb -j MASQUERADE
ip netns exec b iptables -t nat -A PREROUTING -p udp --dport 53 -j DNAT --to-destination 10.0.0.1:5353
ip netns exec b iptables -t nat -A OUTPUT -d 10.9.9.9 -j DNAT --to-destination 10.0.0.1
ip netns exec a ping -c 2 -i 0.2 10.0.0.2
ip netns exec b nft list ruleset
ip netns exec b nft list table nat
ip netns exec b nft list table ip raw
ip netns exec b nft list table inet filter
ip netns exec b nft list ruleset inet
ip netns exec b nft list tables ip
ip netns exec b iptables -F
ip netns exec b iptables -X
ip netns exec b nft list table filter
