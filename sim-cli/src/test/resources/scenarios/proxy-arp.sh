# Proxy ARP: b thinks 10.0.0.0/16 is all on its link; r routes 10.0.2.0/24 to c. With proxy_arp on r's vr1 (or
# all) and forwarding on the input device, r answers b's request for 10.0.2.2 with its own address (after a
# random wait below proxy_delay, 0.8 s, for a broadcast request) and forwards; without forwarding, or with the
# target routed back out through vr1 (10.0.1.77), there is no answer. Forwarding is the input device's own
# setting: vr1.forwarding 0 stops what comes in on vr1 even with ip_forward 1.
ip netns add r
ip netns add b
ip netns add c
ip link add vr1 netns r type veth peer name vb netns b
ip link add vr2 netns r type veth peer name vc netns c
ip -n r addr add 10.0.1.1/24 dev vr1
ip -n r addr add 10.0.2.1/24 dev vr2
ip -n b addr add 10.0.1.2/16 dev vb
ip -n c addr add 10.0.2.2/24 dev vc
ip -n r link set vr1 up
ip -n r link set vr2 up
ip -n b link set vb up
ip -n c link set vc up
ip -n c route add default via 10.0.2.1
ip netns exec r sysctl -w net.ipv4.conf.vr1.proxy_arp=1
ip netns exec b ping -c 1 -W 5 10.0.2.2
ip -n b neigh show dev vb
ip -n b neigh flush dev vb
ip netns exec r sysctl -w net.ipv4.ip_forward=1
ip netns exec b ping -c 2 -W 5 10.0.2.2
ip -n b neigh show dev vb
ip -n r neigh show dev vr1
ip netns exec b ping -c 1 -W 5 10.0.1.77
ip -n b neigh flush dev vb
ip netns exec r sysctl -w net.ipv4.conf.vr1.proxy_arp=0
ip netns exec b ping -c 1 -W 5 10.0.2.2
ip netns exec r sysctl -w net.ipv4.conf.all.proxy_arp=1 net.ipv4.conf.vr1.forwarding=0
ip netns exec b ping -c 1 -W 5 10.0.2.2
ip netns exec r sysctl -w net.ipv4.conf.vr1.forwarding=1
ip netns exec b ping -c 1 -W 5 10.0.2.2
ip netns exec r sysctl -w net.ipv4.conf.vr1.forwarding=0 net.ipv4.conf.all.proxy_arp=0
ip netns exec b ping -c 1 -W 5 10.0.2.2
ip -n b route add 10.0.2.0/24 via 10.0.1.1
ip netns exec b ping -c 1 -W 5 10.0.2.2
ip netns exec r sysctl -w net.ipv4.conf.vr1.forwarding=1
ip netns exec b ping -c 1 -W 5 10.0.2.2
