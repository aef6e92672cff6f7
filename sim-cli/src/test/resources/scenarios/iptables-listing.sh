# iptables' listing forms on one rule set: -L (names: anywhere, localhost, icmp and service names), -L -n (protocol
# numbers), -L -n -v (counters, in/out), --line-numbers, -x, one chain, one rule, -S (with -v's counters),
# iptables-save; user chains sorted by byte value with their references. A fresh namespace lists three empty
# chains and saves nothing.
ip netns add a
ip netns exec a iptables -L
ip netns exec a iptables -S
ip netns exec a iptables-save
ip netns exec a iptables -A INPUT -i lo -j ACCEPT
ip netns exec a iptables -A INPUT -s 10.0.0.0/24 -p icmp --icmp-type echo-request -j ACCEPT
ip netns exec a iptables -A INPUT -p icmp --icmp-type 3/1 -j ACCEPT
ip netns exec a iptables -A INPUT -p icmp ! --icmp-type port-unreachable -j DROP
ip netns exec a iptables -A INPUT -p icmp --icmp-type any -j ACCEPT
ip netns exec a iptables -A INPUT -p tcp --dport 22 -j ACCEPT
ip netns exec a iptables -A INPUT -p udp -m udp ! --dport 53 -j DROP
ip netns exec a iptables -A INPUT -p tcp --sport 1000:2000 --dport :1024 -j DROP
ip netns exec a iptables -A INPUT -s 127.0.0.1 -d 10.1.2.3/8 -m comment --comment "hello world" -j RETURN
ip netns exec a iptables -A INPUT ! -s 10.0.0.0/255.255.255.0 ! -d 10.0.0.1 ! -i veth+ -j DROP
ip netns exec a iptables -A INPUT ! -p icmp -m comment --comment web
ip netns exec a iptables -A INPUT -j REJECT --reject-with icmp-host-prohibited
ip netns exec a iptables -N web
ip netns exec a iptables -N Zed
ip netns exec a iptables -N 1abc
ip netns exec a iptables -A web -p tcp -m tcp --dport http -j ACCEPT
ip netns exec a iptables -A FORWARD -i a1 -o b+ -j web
ip netns exec a iptables -A OUTPUT -o lo -d 127.0.0.1 -j ACCEPT
ip netns exec a iptables -A OUTPUT -j REJECT
ip netns exec a iptables -L
ip netns exec a iptables -L -n
ip netns exec a iptables -L -n -v
ip netns exec a iptables -L -v
ip netns exec a iptables -L -n -v -x --line-numbers
ip netns exec a iptables -L INPUT -n --line-numbers
ip netns exec a iptables -L INPUT 2
ip netns exec a iptables -L INPUT 99
ip netns exec a iptables -L web -v -n
ip netns exec a iptables -S
ip netns exec a iptables -S -v
ip netns exec a iptables -S INPUT 9
ip netns exec a iptables -S web
ip netns exec a iptables-save
