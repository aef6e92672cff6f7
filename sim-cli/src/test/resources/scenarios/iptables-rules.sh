# iptables rule and chain management and its errors: -A/-I/-R/-D by number and by spec (the first identical rule
# only), -F, -Z, -N/-X/-E, -P; base chains made lazily (-D INPUT 1 and -Z INPUT on a fresh table find no chain,
# -F INPUT makes it); busy chains; the usage errors (exit 2, Try line), the refused changes (exit 1) and what
# nf_tables rejects (exit 4); a rule-spec -D on a missing chain finds no rule; service names of any protocol.
ip netns add a
ip netns exec a iptables -D INPUT 1
ip netns exec a iptables -Z INPUT
ip netns exec a iptables -X INPUT
ip netns exec a iptables -F
ip netns exec a iptables-save
ip netns exec a iptables -F INPUT
ip netns exec a iptables -Z INPUT
ip netns exec a iptables -A INPUT -s 10.0.0.1 -j ACCEPT
ip netns exec a iptables -A INPUT -s 10.0.0.2 -j ACCEPT
ip netns exec a iptables -A INPUT -s 10.0.0.1 -j ACCEPT
ip netns exec a iptables -I INPUT -p icmp -j DROP
ip netns exec a iptables -I INPUT 3 -d 10.9.0.0/16 -j RETURN
ip netns exec a iptables -I INPUT 6 -j ACCEPT
ip netns exec a iptables -I INPUT 8 -j ACCEPT
ip netns exec a iptables -S INPUT
ip netns exec a iptables -D INPUT -s 10.0.0.1 -j ACCEPT
ip netns exec a iptables -D INPUT -p udp -j DROP
ip netns exec a iptables -D INPUT 9
ip netns exec a iptables -D INPUT 1
ip netns exec a iptables -R INPUT 2 -s 10.0.0.3 -j DROP
ip netns exec a iptables -R INPUT 9 -j DROP
ip netns exec a iptables -S INPUT
ip netns exec a iptables -N web
ip netns exec a iptables -N web
ip netns exec a iptables -N INPUT
ip netns exec a iptables -N a-very-long-chain-name-more-than-28-chars
ip netns exec a iptables -A web -j ACCEPT
ip netns exec a iptables -A INPUT -j web
ip netns exec a iptables -X web
ip netns exec a iptables -F web
ip netns exec a iptables -X web
ip netns exec a iptables -X
ip netns exec a iptables -E web site
ip netns exec a iptables -N other
ip netns exec a iptables -E other site
ip netns exec a iptables -E nosuch x
ip netns exec a iptables -X nosuch
ip netns exec a iptables -F nosuch
ip netns exec a iptables -A NOSUCH -j ACCEPT
ip netns exec a iptables -A INPUT -j NOSUCH
ip netns exec a iptables -A INPUT -j drop
ip netns exec a iptables -P INPUT REJECT
ip netns exec a iptables -P INPUT drop
ip netns exec a iptables -P NOSUCH DROP
ip netns exec a iptables -P site DROP
ip netns exec a iptables -P FORWARD DROP
ip netns exec a iptables -L nosuch
ip netns exec a iptables -t nosuch -L
ip netns exec a iptables
ip netns exec a iptables -A
ip netns exec a iptables -A INPUT -j
ip netns exec a iptables -A INPUT -s 1.2.3.4 -s 1.2.3.5 -j DROP
ip netns exec a iptables -A INPUT --dport 22 -j DROP
ip netns exec a iptables -A INPUT -p foo -j DROP
ip netns exec a iptables -A INPUT -s 10.0.0.300 -j DROP
ip netns exec a iptables -A INPUT -s 10.0.0.0/33 -j DROP
ip netns exec a iptables -A INPUT -o eth0 -j DROP
ip netns exec a iptables -A OUTPUT -i eth0 -j DROP
ip netns exec a iptables -A INPUT -j REJECT --reject-with bogus
ip netns exec a iptables -A INPUT -p tcp --dport 99999 -j DROP
ip netns exec a iptables -A INPUT -p icmp --icmp-type ec -j DROP
ip netns exec a iptables -A INPUT -p icmp --icmp-type 300 -j DROP
ip netns exec a iptables -A INPUT -m nosuchmatch -j DROP
ip netns exec a iptables -A INPUT -Q
ip netns exec a iptables -A INPUT --bogus
ip netns exec a iptables -L -x -n INPUT
ip netns exec a iptables -A INPUT -n -j DROP
ip netns exec a iptables -A site -j site
ip netns exec a iptables -F
ip netns exec a iptables -X
ip netns exec a iptables -S
ip netns exec a iptables -X INPUT
ip netns exec a iptables-save
ip netns exec a iptables -D NOSUCH -j ACCEPT
ip netns exec a iptables -A OUTPUT -p udp --sport http -j ACCEPT
ip netns exec a iptables -A OUTPUT -p udp --dport domain -j ACCEPT
ip netns exec a iptables -L OUTPUT
