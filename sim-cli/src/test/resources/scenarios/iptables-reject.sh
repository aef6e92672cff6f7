# REJECT's ICMP errors as ping prints them: the default port unreachable, net and host unreachable, host
# prohibited and admin prohibited ("Packet filtered"); each answer from the rejecting host, +1 errors, exit 1.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec b iptables -A INPUT -p icmp -j REJECT
ip netns exec a ping -c 1 -W 1 10.0.0.2
ip netns exec b iptables -R INPUT 1 -p icmp -j REJECT --reject-with icmp-net-unreachable
ip netns exec a ping -c 1 -W 1 10.0.0.2
ip netns exec b iptables -R INPUT 1 -p icmp -j REJECT --reject-with icmp-host-unreachable
ip netns exec a ping -c 1 -W 1 10.0.0.2
ip netns exec b iptables -R INPUT 1 -p icmp -j REJECT --reject-with icmp-host-prohibited
ip netns exec a ping -c 1 -W 1 10.0.0.2
ip netns exec b iptables -R INPUT 1 -p icmp -j REJECT --reject-with icmp-admin-prohibited
ip netns exec a ping -c 1 -W 1 10.0.0.2
ip netns exec b iptables -L INPUT -n -v
ip netns exec b iptables -S
