# The nat table: its four chains, SNAT, DNAT and MASQUERADE where nf_tables takes them (and its refusals), listings,
# iptables-save of both tables (one named with -t is printed before it exists); on traffic, SNAT to r's address,
# DNAT of pings to r's outer address on to b, and errors about mapped connections translated back (r's host
# unreachable for an absent neighbour reaches a).
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
ip -n a route add default via 10.0.1.1
ip netns exec r sysctl -w net.ipv4.ip_forward=1
ip netns exec r iptables -t nat -L -n
ip netns exec r iptables-save
ip netns exec r iptables-save -t nat
ip netns exec r iptables-save -t filter
ip netns exec r iptables-save
ip netns exec r iptables -t nat -A POSTROUTING -o rb -j SNAT --to-source 192.168.50.1
ip netns exec r iptables -t nat -A PREROUTING -i ra -d 10.0.1.1 -p icmp --icmp-type echo-request -j DNAT --to-destination 192.168.50.2
ip netns exec r iptables -t nat -A PREROUTING -p tcp --dport 8080 -j DNAT --to-destination 192.168.50.2:80
ip netns exec r iptables -t nat -A INPUT -s 10.0.1.9 -j SNAT --to-source 10.0.1.1
ip netns exec r iptables -t nat -A OUTPUT -d 10.0.9.9 -j DNAT --to-destination 192.168.50.2
ip netns exec r iptables -t nat -N web
ip netns exec r iptables -t nat -A web -j RETURN
ip netns exec r iptables -t nat -I PREROUTING -p udp -j web
ip netns exec a ping -c 2 -i 0.2 192.168.50.2
ip netns exec a ping -c 2 -i 0.2 10.0.1.1
ip netns exec a ping -c 1 -W 5 192.168.50.9
ip netns exec r iptables -t nat -L -n -v
ip netns exec r iptables -t nat -L
ip netns exec r iptables -t nat -L PREROUTING -n --line-numbers
ip netns exec r iptables -t nat -S
ip netns exec r iptables -t nat -S POSTROUTING
ip netns exec r iptables -A FORWARD -o rb -j ACCEPT
ip netns exec r iptables-save
ip netns exec r iptables-save -t nat
ip netns exec r iptables-save -t filter
ip netns exec r conntrack -L
ip netns exec r iptables -t nat -A POSTROUTING -j DROP
ip netns exec r iptables -t nat -P POSTROUTING DROP
ip netns exec r iptables -t nat -A INPUT -j REJECT
ip netns exec r iptables -t nat -A PREROUTING -j SNAT --to-source 10.0.1.1
ip netns exec r iptables -t nat -A POSTROUTING -j DNAT --to-destination 10.0.1.1
ip netns exec r iptables -t nat -A INPUT -j MASQUERADE
ip netns exec r iptables -A INPUT -j MASQUERADE
ip netns exec r iptables -A FORWARD -j SNAT --to-source 10.0.1.1
ip netns exec r iptables -t nat -A POSTROUTING -j SNAT
ip netns exec r iptables -t nat -A PREROUTING -j DNAT
ip netns exec r iptables -t nat -A POSTROUTING -j SNAT --to-source 10.0.1.1 --to-source 10.0.1.2
ip netns exec r iptables -t nat -A PREROUTING -j DNAT --to-destination 10.0.1.300
ip netns exec r iptables -t nat -A PREROUTING -j DNAT --to-destination 10.0.1.1:80
ip netns exec r iptables -t nat -A POSTROUTING -j MASQUERADE --to-source 10.0.1.1
ip netns exec r iptables -t nat -A POSTROUTING --to-source 10.0.1.1
ip netns exec r iptables -t nat -A FORWARD -j ACCEPT
ip netns exec r iptables -t nat -L FORWARD
ip netns exec r iptables -t nat -D POSTROUTING -o rb -j SNAT --to-source 192.168.50.1
ip netns exec r iptables -t nat -D POSTROUTING -o rb -j SNAT --to-source 192.168.50.2
ip netns exec r iptables -t nat -F
ip netns exec r iptables -t nat -X web
ip netns exec r iptables -t nat -L -n
