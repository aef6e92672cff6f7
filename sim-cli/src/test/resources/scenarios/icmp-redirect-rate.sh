# Redirects to one source are rate limited (ip_rt_send_redirect): the first goes at once, then each waits
# ip_rt_redirect_load (20 ms) doubled for every one sent before, and none after ip_rt_redirect_number (9). Here the
# new next hop never answers ARP: the sender's kernel only starts resolving it, and the router's own resolution fails.
sysctl -w net.ipv4.conf.all.forwarding=1
ip netns add ns1
ip link add v1 type veth peer v1p netns ns1
ip addr add 10.1.130.172/24 dev v1
ip link set v1 up
ip netns exec ns1 ip addr add 10.1.130.86/24 dev v1p
ip -n ns1 link set v1p up
ip -n ns1 route add default via 10.1.130.172 dev v1p table 1000
ip netns exec ns1 ip rule add iif lo table 1000
ip netns exec ns1 ping -c 12 -i 0.2 10.1.130.169
ip -n ns1 neigh
ip neigh
