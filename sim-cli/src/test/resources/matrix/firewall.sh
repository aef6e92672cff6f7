# Four containers on a bridge of the host, each stopping some probes in its own INPUT chain, and the host stopping
# its own probes to one of them in OUTPUT: the matrix tells a probe a rule dropped from one a REJECT answered
# (with the type it was given) and from one nothing stopped.
ip link add br0 type bridge
ip addr add 10.0.0.254/24 dev br0
ip link set br0 up
ip netns add a
ip netns add b
ip netns add c
ip netns add d
ip link add va type veth peer name eth0 netns a
ip link add vb type veth peer name eth0 netns b
ip link add vc type veth peer name eth0 netns c
ip link add vd type veth peer name eth0 netns d
ip link set va master br0 up
ip link set vb master br0 up
ip link set vc master br0 up
ip link set vd master br0 up
ip -n a addr add 10.0.0.1/24 dev eth0
ip -n b addr add 10.0.0.2/24 dev eth0
ip -n c addr add 10.0.0.3/24 dev eth0
ip -n d addr add 10.0.0.4/24 dev eth0
ip -n a link set eth0 up
ip -n b link set eth0 up
ip -n c link set eth0 up
ip -n d link set eth0 up
ip netns exec b iptables -A INPUT -s 10.0.0.1 -j DROP
ip netns exec c iptables -A INPUT -p icmp -s 10.0.0.1 -j REJECT
ip netns exec c iptables -A INPUT -s 10.0.0.2 -j REJECT --reject-with icmp-host-prohibited
ip netns exec c iptables -A INPUT -s 10.0.0.4 -j REJECT --reject-with icmp-admin-prohibited
ip netns exec d iptables -P INPUT DROP
ip netns exec d iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -A OUTPUT -d 10.0.0.3 -j DROP
