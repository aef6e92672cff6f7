# Forwarding is decided by the device a packet comes in on (IN_DEV_FORWARD): ip_forward (all.forwarding) sets
# every device when its value changes; a device set apart stays apart when the same value is written again, and
# a change of value reaches it again. c pings b through r; vr1's forwarding 0 stops b's replies (they come in
# on vr1), vr2's stops c's requests.
ip netns add r
ip netns add b
ip netns add c
ip link add vr1 netns r type veth peer name vb netns b
ip link add vr2 netns r type veth peer name vc netns c
ip -n r addr add 10.0.1.1/24 dev vr1
ip -n r addr add 10.0.2.1/24 dev vr2
ip -n b addr add 10.0.1.2/24 dev vb
ip -n c addr add 10.0.2.2/24 dev vc
ip -n r link set vr1 up
ip -n r link set vr2 up
ip -n b link set vb up
ip -n c link set vc up
ip -n b route add default via 10.0.1.1
ip -n c route add default via 10.0.2.1
ip netns exec r sysctl -w net.ipv4.ip_forward=1
ip netns exec c ping -c 1 -W 2 10.0.1.2
ip netns exec r sysctl -w net.ipv4.conf.vr1.forwarding=0
ip netns exec c ping -c 1 -W 2 10.0.1.2
ip netns exec r sysctl -w net.ipv4.ip_forward=1
ip netns exec r sysctl net.ipv4.conf.vr1.forwarding net.ipv4.conf.vr2.forwarding
ip netns exec c ping -c 1 -W 2 10.0.1.2
ip netns exec r sysctl -w net.ipv4.ip_forward=2
ip netns exec r sysctl net.ipv4.conf.vr1.forwarding net.ipv4.conf.vr2.forwarding net.ipv4.conf.lo.forwarding
ip netns exec c ping -c 1 -W 2 10.0.1.2
ip netns exec r sysctl -w net.ipv4.conf.vr2.forwarding=0
ip netns exec c ping -c 1 -W 2 10.0.1.2
ip netns exec b ping -c 1 -W 2 10.0.2.2
ip netns exec c ping -c 1 -W 2 10.0.1.1
ip netns exec r sysctl -w net.ipv4.conf.all.forwarding=0
ip netns exec r sysctl net.ipv4.conf.vr1.forwarding net.ipv4.conf.vr2.forwarding net.ipv4.conf.default.forwarding
ip netns exec c ping -c 1 -W 2 10.0.1.2
