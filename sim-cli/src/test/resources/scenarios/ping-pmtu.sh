# Path MTU discovery with ping -M, as people use it to find an MTU: a router R between a (MTU 1500) and b (MTU
# 1400). -M do sets DF on every echo: over the first hop's MTU it is a local error (mtu=1500); at 1500 bytes R
# answers "Frag needed and DF set (mtu = 1400)", which a's kernel keeps as the path MTU to b (10 minutes), so the
# next -M do pings over 1400 fail locally with mtu=1400 and the default (-M want: DF only when the datagram fits
# the path MTU) now fragments at 1400 and gets its replies; -M dont never sets DF. -M takes do, dont or want.
ip netns add a
ip netns add r
ip netns add b
ip link add va netns a type veth peer name ra netns r
ip link add rb netns r type veth peer name vb netns b
ip -n a addr add 10.0.1.1/24 dev va
ip -n r addr add 10.0.1.254/24 dev ra
ip -n r addr add 10.0.2.254/24 dev rb
ip -n b addr add 10.0.2.1/24 dev vb
ip -n a link set va up
ip -n r link set ra up
ip -n r link set rb up
ip -n b link set vb up
ip -n r link set rb mtu 1400
ip -n b link set vb mtu 1400
ip -n a route add default via 10.0.1.254
ip -n b route add default via 10.0.2.254
ip netns exec r sysctl -w net.ipv4.ip_forward=1
ip netns exec a ping -c 1 -M do -s 1473 10.0.2.1
ip netns exec a ping -c 1 -M do -s 1472 10.0.2.1
ip netns exec a ping -c 2 -i 0.2 -M do -s 1472 10.0.2.1
ip netns exec a ping -c 2 -i 0.2 -M do -s 1373 10.0.2.1
ip netns exec a ping -c 2 -i 0.2 -M do -s 1372 10.0.2.1
ip netns exec a ping -c 2 -i 0.2 -s 1472 10.0.2.1
ip netns exec a ping -c 2 -i 0.2 -M dont -s 1472 10.0.2.1
ip netns exec a ping -c 2 -i 0.2 -M want -s 2000 10.0.2.1
ip netns exec a ping -c 1 -M do -s 1473 10.0.1.254
ip netns exec b ping -c 1 -M do -s 1372 10.0.1.1
ip netns exec a ping -c 2 -i 0.2 -q -M do -s 1473 -W 1 10.0.2.1
ip netns exec a ping -c 1 -M probe 10.0.2.1
ip netns exec a ping -c 1 -M 10.0.2.1
