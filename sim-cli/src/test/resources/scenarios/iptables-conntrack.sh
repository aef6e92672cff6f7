# Connection tracking in the filter table: b drops what it did not ask for (INPUT policy DROP, ESTABLISHED and
# RELATED accepted): its own pings come back, and so do the router's errors about them (net unreachable, time
# exceeded: RELATED); a's pings to b time out. -m state is the same match under another name; NEW counts the first
# packet of each ping only; tracking starts with the first rule that needs it, and conntrack -L shows the entries.
ip netns add a
ip netns add r
ip netns add b
ip link add va netns a type veth peer name ra netns r
ip link add vb netns b type veth peer name rb netns r
ip -n a addr add 10.0.1.2/24 dev va
ip -n r addr add 10.0.1.1/24 dev ra
ip -n r addr add 10.0.2.1/24 dev rb
ip -n b addr add 10.0.2.2/24 dev vb
ip -n a link set va up
ip -n r link set ra up
ip -n r link set rb up
ip -n b link set vb up
ip -n b link set lo up
ip -n a route add default via 10.0.1.1
ip -n b route add default via 10.0.2.1
ip netns exec r sysctl -w net.ipv4.ip_forward=1
ip netns exec b ping -c 1 10.0.1.2
ip netns exec b conntrack -L
ip netns exec b iptables -A INPUT -i lo -j ACCEPT
ip netns exec b iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
ip netns exec b iptables -A INPUT -m conntrack --ctstate INVALID -j DROP
ip netns exec b iptables -P INPUT DROP
ip netns exec b iptables -A OUTPUT -m state --state NEW -j ACCEPT
ip netns exec b iptables -A OUTPUT -m state ! --state NEW
ip netns exec b ping -c 2 -i 0.2 10.0.1.2
ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.2.2
ip netns exec b ping -c 1 -W 1 10.9.9.9
ip netns exec b ping -c 1 -W 1 -t 1 10.0.1.2
ip netns exec b ping -c 1 127.0.0.1
ip netns exec b iptables -L -n -v
ip netns exec b conntrack -L
ip netns exec b conntrack -C
ip netns exec r conntrack -L
ip netns exec b iptables -S
ip netns exec b iptables -L INPUT
ip netns exec b iptables -A FORWARD -m conntrack --ctstate new,Untracked,SNAT,DNAT -j DROP
ip netns exec b iptables -A FORWARD -m conntrack ! --ctstate RELATED -j ACCEPT
ip netns exec b iptables -A FORWARD -m state --state INVALID,UNTRACKED,RELATED,ESTABLISHED,NEW -j ACCEPT
ip netns exec b iptables -L FORWARD -n
ip netns exec b iptables-save
ip netns exec b iptables -D FORWARD -m state --state RELATED -j ACCEPT
ip netns exec b iptables -D FORWARD -m conntrack ! --ctstate RELATED -j ACCEPT
ip netns exec b iptables -A FORWARD -m conntrack -j ACCEPT
ip netns exec b iptables -A FORWARD -m state -j ACCEPT
ip netns exec b iptables -A FORWARD -m conntrack --ctstate BOGUS -j ACCEPT
ip netns exec b iptables -A FORWARD -m state --state SNAT -j ACCEPT
ip netns exec b iptables -A FORWARD -m conntrack --ctstate NEW, -j ACCEPT
ip netns exec b iptables -A FORWARD -m conntrack --ctstate NEW --ctstate NEW -j ACCEPT
ip netns exec b iptables -A FORWARD --ctstate NEW -j ACCEPT
ip netns exec b iptables -A FORWARD -m conntrack --state NEW -j ACCEPT
ip netns exec b iptables -A FORWARD -m state --ctstate NEW -j ACCEPT
ip netns exec b iptables -F
ip netns exec b iptables -P INPUT ACCEPT
ip netns exec a ping -c 1 10.0.2.2
ip netns exec b conntrack -L
