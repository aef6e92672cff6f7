# nft warns that iptables-nft manages a table only when a rule of it uses an xt extension: not for a rule with no
# match and no target, nor addresses, interfaces, protocols, ports, verdicts and jumps; a conntrack match or a
# REJECT brings the warning. (fuzz seed 1208, 002)
iptables -I INPUT
nft list table filter
iptables -A INPUT -s 10.0.0.0/8 -i lo -p tcp --dport 22 -j ACCEPT
iptables -N CHECKS
iptables -A FORWARD -o lo -j CHECKS
iptables -A CHECKS -d 10.9.0.1 -j DROP
iptables -A CHECKS -j RETURN
nft list ruleset
iptables -A OUTPUT -m conntrack --ctstate NEW -j ACCEPT
nft list table ip filter
iptables -F OUTPUT
nft list table filter
iptables -A OUTPUT -p icmp -j REJECT
nft list table filter
