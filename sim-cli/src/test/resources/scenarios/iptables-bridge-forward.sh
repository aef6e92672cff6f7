# br_netfilter: IPv4 frames bridged between two ports of br0 pass the bridge owner's PREROUTING, FORWARD and
# POSTROUTING as -i br0 -o br0 (bridge-nf-call-iptables is on in every namespace), so -P FORWARD DROP stops the
# containers' pings to each other until a rule lets br0 to br0 through; conntrack tracks them in the bridge's
# namespace; the pings to the bridge's own address are the host's INPUT, not FORWARD.
ip netns add dockerhost
ip netns add c1
ip netns add c2
ip -n dockerhost link add br0 type bridge
ip -n dockerhost addr add 172.17.0.1/16 dev br0
ip -n dockerhost link set br0 up
ip -n dockerhost link add veth1 type veth peer name eth0 netns c1
ip -n dockerhost link add veth2 type veth peer name eth0 netns c2
ip -n dockerhost link set veth1 master br0 up
ip -n dockerhost link set veth2 master br0 up
ip -n c1 addr add 172.17.0.2/16 dev eth0
ip -n c2 addr add 172.17.0.3/16 dev eth0
ip -n c1 link set eth0 up
ip -n c2 link set eth0 up
ip netns exec c1 ping -c 1 172.17.0.3
ip netns exec dockerhost iptables -P FORWARD DROP
ip netns exec c1 ping -c 2 -i 0.2 -W 1 172.17.0.3
ip netns exec c1 ping -c 1 172.17.0.1
ip netns exec dockerhost iptables -A FORWARD -i br0 -o br0 -m conntrack --ctstate ESTABLISHED -j ACCEPT
ip netns exec dockerhost iptables -A FORWARD -i br0 -o br0 -j ACCEPT
ip netns exec dockerhost iptables -A INPUT -i br0 -j ACCEPT
ip netns exec c1 ping -c 2 -i 0.2 172.17.0.3
ip netns exec c2 ping -c 1 172.17.0.2
ip netns exec c2 ping -c 1 172.17.0.1
ip netns exec dockerhost iptables -L -n -v
ip netns exec dockerhost conntrack -L
ip netns exec dockerhost iptables -t nat -A POSTROUTING -o br0 -j ACCEPT
ip netns exec dockerhost iptables -t nat -A PREROUTING -i br0 -j ACCEPT
ip netns exec c1 ping -c 1 172.17.0.3
ip netns exec dockerhost iptables -t nat -L -n -v
ip netns exec dockerhost conntrack -L -p icmp
