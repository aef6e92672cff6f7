# Redirects switched off where they start (send_redirects: all || dev) or refused where they land: accept_redirects
# 0 (ping still prints what arrives, the route stays), or shared_media 0 with secure_redirects on (the new gateway
# must then be the gateway of some route through the device). Each sender is a fresh source, so the rate limit
# starts afresh.
sysctl -w net.ipv4.conf.all.forwarding=1
ip link add br0 type bridge
ip addr add 10.0.0.1/24 dev br0
ip link set br0 up
ip netns add b
ip link add vb type veth peer name pb
ip link set vb netns b
ip link set pb master br0
ip link set pb up
ip -n b addr add 10.0.0.3/24 dev vb
ip -n b link set vb up
ip netns add d
ip link add vd type veth peer name pd
ip link set vd netns d
ip link set pd master br0
ip link set pd up
ip -n d addr add 10.0.0.5/24 dev vd
ip -n d link set vd up
ip -n d route add 10.0.0.3 via 10.0.0.1
sysctl -w net.ipv4.conf.all.send_redirects=0
ip netns exec d ping -c 2 -i 0.2 10.0.0.3
ip netns add e
ip link add ve type veth peer name pe
ip link set ve netns e
ip link set pe master br0
ip link set pe up
ip -n e addr add 10.0.0.6/24 dev ve
ip -n e link set ve up
ip -n e route add 10.0.0.3 via 10.0.0.1
sysctl -w net.ipv4.conf.br0.send_redirects=0
ip netns exec e ping -c 2 -i 0.2 10.0.0.3
sysctl -w net.ipv4.conf.br0.send_redirects=1
ip netns add a
ip link add va type veth peer name pa
ip link set va netns a
ip link set pa master br0
ip link set pa up
ip -n a addr add 10.0.0.2/24 dev va
ip -n a link set va up
ip -n a route add 10.0.0.3 via 10.0.0.1
ip netns exec a sysctl -w net.ipv4.conf.all.accept_redirects=0
ip netns exec a sysctl -w net.ipv4.conf.va.accept_redirects=0
ip netns exec a ping -c 3 -i 0.2 10.0.0.3
ip netns exec a ip route get 10.0.0.3
ip -n a neigh
ip netns add c
ip link add vc type veth peer name pc
ip link set vc netns c
ip link set pc master br0
ip link set pc up
ip -n c addr add 10.0.0.4/24 dev vc
ip -n c link set vc up
ip -n c route add 10.0.0.3 via 10.0.0.1
ip netns exec c sysctl -w net.ipv4.conf.all.shared_media=0
ip netns exec c sysctl -w net.ipv4.conf.vc.shared_media=0
ip netns exec c ping -c 3 -i 0.2 10.0.0.3
ip netns exec c ip route get 10.0.0.3
ip -n c neigh
ip netns exec c sysctl net.ipv4.conf.vc.secure_redirects net.ipv4.conf.vc.accept_redirects
