# -m addrtype: an address's type as the local table says it (LOCAL for the namespace's own addresses and all of
# 127.0.0.0/8, BROADCAST for a subnet's broadcast address and 255.255.255.255, MULTICAST, else UNICAST), its lists
# and !, its listing and saving, and its mistakes.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip -n a link set lo up
ip -n b link set lo up
ip netns exec b iptables -A INPUT -m addrtype --dst-type LOCAL -j ACCEPT
ip netns exec b iptables -A INPUT -m addrtype --dst-type BROADCAST,MULTICAST -j ACCEPT
ip netns exec b iptables -A INPUT -m addrtype ! --src-type local,unicast -j DROP
ip netns exec b iptables -A OUTPUT -m addrtype --src-type LOCAL ! --dst-type LOCAL -j ACCEPT
ip netns exec b iptables -A OUTPUT -m addrtype --src-type LOCAL --dst-type LOCAL -j ACCEPT
ip netns exec a ping -c 2 -i 0.2 10.0.0.2
ip netns exec b ping -c 1 127.0.0.9
ip netns exec b ping -c 1 10.0.0.1
ip netns exec b iptables -L -n -v
ip netns exec b iptables -L OUTPUT
ip netns exec b iptables -S
ip netns exec b iptables-save
ip netns exec b iptables -D INPUT -m addrtype --dst-type LOCAL -j ACCEPT
ip netns exec b iptables -D OUTPUT -m addrtype --dst-type LOCAL --src-type LOCAL -j ACCEPT
ip netns exec b iptables -A INPUT -m addrtype -j ACCEPT
ip netns exec b iptables -A INPUT -m addrtype --dst-type FOO -j ACCEPT
ip netns exec b iptables -A INPUT -m addrtype --dst-type LOCAL, -j ACCEPT
ip netns exec b iptables -A INPUT -m addrtype --dst-type LOCAL --dst-type LOCAL -j ACCEPT
ip netns exec b iptables -A INPUT --dst-type LOCAL -j ACCEPT
ip netns exec b iptables -S INPUT
