# The nat table's own chains: a user chain jumped to from POSTROUTING, RETURN, -R with another target, -I, -E (the
# jumps follow the new name, in both tables), -Z, -X, a policy that counts once -P touched it, and the rules seeing
# only the first packet of each connection; what stays in conntrack when the rules are gone; an icmp match under
# ! -p icmp, which nf_tables refuses.
ip netns add a
ip netns add r
ip netns add b
ip link add va netns a type veth peer name ra netns r
ip link add vb netns b type veth peer name rb netns r
ip -n a addr add 10.0.1.2/24 dev va
ip -n r addr add 10.0.1.1/24 dev ra
ip -n r addr add 192.168.50.1/24 dev rb
ip -n b addr add 192.168.50.2/24 dev vb
ip -n a link set va up
ip -n r link set ra up
ip -n r link set rb up
ip -n b link set vb up
ip -n r link set lo up
ip -n a route add default via 10.0.1.1
ip netns exec r sysctl -w net.ipv4.ip_forward=1
ip netns exec r iptables -t nat -P POSTROUTING ACCEPT
ip netns exec r iptables -t nat -N out
ip netns exec r iptables -t nat -A POSTROUTING -j out
ip netns exec r iptables -t nat -A out -o ra -j RETURN
ip netns exec r iptables -t nat -A out -o rb -j MASQUERADE
ip netns exec a ping -c 2 -i 0.2 192.168.50.2
ip netns exec r ping -c 1 192.168.50.2
ip netns exec r ping -c 1 127.0.0.1
ip netns exec r iptables -t nat -L -n -v --line-numbers
ip netns exec r iptables -t nat -R out 2 -o rb -j SNAT --to-source 192.168.50.1
ip netns exec r iptables -t nat -I out 1 -s 10.0.1.9 -j RETURN
ip netns exec r iptables -t nat -E out egress
ip netns exec a ping -c 1 192.168.50.2
ip netns exec r iptables -t nat -L -n -v -x
ip netns exec r iptables -t nat -Z
ip netns exec r iptables -t nat -S -v
ip netns exec r conntrack -L
ip netns exec r iptables -t nat -X egress
ip netns exec r iptables -t nat -F
ip netns exec r iptables -t nat -X
ip netns exec r iptables -t nat -S
ip netns exec a ping -c 1 -W 1 192.168.50.2
ip netns exec r conntrack -L
ip netns exec r iptables-save -t nat
ip netns exec r iptables -N web
ip netns exec r iptables -A INPUT -j web
ip netns exec r iptables -E web site
ip netns exec r iptables -S
ip netns exec r iptables -D INPUT -j site
ip netns exec r iptables -S
ip netns exec r iptables -A OUTPUT ! -p icmp --icmp-type port-unreachable
ip netns exec r iptables -A OUTPUT ! -p tcp --dport 22
ip netns exec r iptables -R OUTPUT 1 ! -p icmp --icmp-type 8 -j ACCEPT
ip netns exec r iptables -t nat -A POSTROUTING ! -p icmp --icmp-type 8 -j MASQUERADE
ip netns exec r iptables -A OUTPUT ! -p icmp -m comment --comment x
ip netns exec r iptables -S OUTPUT
