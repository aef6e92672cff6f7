# The filter table on traffic: INPUT DROP makes b's pings time out, ACCEPT rules and policies count packets and IP
# bytes (84 per ping), a policy counts only once -P or -Z touched its chain; a user chain and RETURN; OUTPUT rules
# count b's replies; rules live only in their namespace: a's own pings and a's table stay untouched.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip -n a link set lo up
ip -n b link set lo up
ip netns exec b iptables -A INPUT -p icmp --icmp-type echo-request -j DROP
ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.0.2
ip netns exec b iptables -L INPUT -n -v
ip netns exec b iptables -F INPUT
ip netns exec b iptables -N pings
ip netns exec b iptables -A pings -s 10.0.0.1 -j RETURN
ip netns exec b iptables -A pings -j DROP
ip netns exec b iptables -A INPUT -i vb -p icmp -j pings
ip netns exec b iptables -A INPUT -i lo -j ACCEPT
ip netns exec b iptables -A OUTPUT -o vb -d 10.0.0.1 -j ACCEPT
ip netns exec a ping -c 3 -i 0.2 10.0.0.2
ip netns exec b ping -c 1 127.0.0.1
ip netns exec b iptables -L -n -v
ip netns exec b iptables -P INPUT ACCEPT
ip netns exec a ping -c 2 -i 0.2 10.0.0.2
ip netns exec b iptables -L INPUT -n -v -x --line-numbers
ip netns exec b iptables -Z
ip netns exec b iptables -L OUTPUT -n -v
ip netns exec b iptables -P INPUT DROP
ip netns exec b iptables -D INPUT 1
ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.0.2
ip netns exec b iptables -S -v
ip netns exec b iptables-save
ip netns exec a iptables -L -n -v
ip netns exec a iptables-save
ip netns exec b ping -c 1 -W 1 10.0.0.1
