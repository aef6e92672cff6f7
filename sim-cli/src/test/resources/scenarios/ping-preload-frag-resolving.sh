# A preload burst of fragmented echoes (-l 2, 1501-byte packets) toward a neighbour not yet resolved: the first
# sendmsg queues its first fragment, solicits, and the softirq it runs resolves the neighbour and sends the queue
# before the second fragment; ping's next sendmsg comes only after that, so the second echo follows the first on
# the wire and its reply comes second (fuzz seed 1203, 004-ping).
ip netns add ns1
ip netns add ns2
ip -n ns1 link add v1 type veth peer v1p netns ns2
ip -n ns1 addr add 10.1.129.203/24 dev v1
ip -n ns1 link set v1 up
ip -n ns2 addr add 10.1.129.47/24 dev v1p
ip netns exec ns2 ip link set v1p up
ip netns exec ns2 ping -I 10.1.129.47 -M want -l 2 -s1473 -c3 -W1 -i 0.2 10.1.129.203
