# Which ARP requests get an answer and what a request says: a has 10.0.0.1 on va (towards b) and 10.8.0.1 on vc.
# arp_ignore (the larger of all's and the device's): 0 answers for any local address (b reaches 10.8.0.1
# through va), 1 only for addresses of the input device, 2 also wants the sender in that address's subnet,
# 8 never. b's arp_announce 2 makes its request say its primary address for the target's subnet (10.0.0.2)
# instead of the waiting packet's source (192.168.5.2), and a answers again. arp_filter (all or device) answers
# only when a's route to the sender leaves through the input device. a learns the sender of each answered
# request.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip link add vc netns a type veth peer name vd netns a
ip -n a addr add 10.0.0.1/24 dev va
ip -n a addr add 10.8.0.1/24 dev vc
ip -n b addr add 10.0.0.2/24 dev vb
ip -n b addr add 192.168.5.2/24 dev vb
ip -n a link set va up
ip -n a link set vc up
ip -n b link set vb up
ip -n a route add 192.168.5.0/24 via 10.0.0.2
ip -n b route add 10.8.0.0/24 dev vb
ip netns exec b ping -c 1 -W 5 10.8.0.1
ip -n b neigh flush dev vb
ip -n a neigh flush dev va
ip netns exec a sysctl -w net.ipv4.conf.va.arp_ignore=1
ip netns exec b ping -c 1 -W 5 10.8.0.1
ip -n b neigh show dev vb
ip netns exec b ping -c 1 -W 5 -I 192.168.5.2 10.0.0.1
ip -n a neigh show dev va
ip -n b neigh flush dev vb
ip -n a neigh flush dev va
ip netns exec a sysctl -w net.ipv4.conf.all.arp_ignore=2
ip netns exec b ping -c 1 -W 5 -I 192.168.5.2 10.0.0.1
ip -n a neigh show dev va
ip -n b neigh flush dev vb
ip netns exec b sysctl -w net.ipv4.conf.vb.arp_announce=2
ip netns exec b ping -c 1 -W 5 -I 192.168.5.2 10.0.0.1
ip -n a neigh show dev va
ip -n b neigh flush dev vb
ip -n a neigh flush dev va
ip netns exec a sysctl -w net.ipv4.conf.all.arp_ignore=8 net.ipv4.conf.va.arp_ignore=0
ip netns exec b ping -c 1 -W 5 10.0.0.1
ip netns exec a sysctl -w net.ipv4.conf.all.arp_ignore=0
ip netns exec b sysctl -w net.ipv4.conf.vb.arp_announce=0
ip -n a route del 192.168.5.0/24 via 10.0.0.2
ip -n a route add 192.168.5.0/24 dev vc
ip netns exec b ping -c 1 -W 5 -I 192.168.5.2 10.0.0.1
ip -n b neigh show dev vb
ip -n b neigh flush dev vb
ip netns exec a sysctl -w net.ipv4.conf.va.arp_filter=1
ip netns exec b ping -c 1 -W 5 -I 192.168.5.2 10.0.0.1
ip -n b neigh show dev vb
ip netns exec b ping -c 1 -W 5 10.0.0.1
