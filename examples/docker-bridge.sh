# Docker's default network, by hand: a bridge in the host (docker0 style, 172.17.0.1/16 on the bridge itself) and
# three container namespaces, each joined to it by a veth pair whose host end is a bridge port. The containers
# reach each other through the learning bridge (same subnet, no routing) and the host through the bridge's own
# address; their default routes point at it. Afterwards 'bridge fdb show' lists what the bridge learnt: one
# container MAC per port, besides the ports' own (permanent) addresses and the multicast groups each device joined.

ip link add br0 type bridge
ip addr add 172.17.0.1/16 dev br0
ip link set br0 up

ip netns add c1
ip netns add c2
ip netns add c3
ip link add veth1 type veth peer name eth0 netns c1
ip link add veth2 type veth peer name eth0 netns c2
ip link add veth3 type veth peer name eth0 netns c3
ip link set veth1 master br0 up
ip link set veth2 master br0 up
ip link set veth3 master br0 up
ip -n c1 addr add 172.17.0.2/16 dev eth0
ip -n c2 addr add 172.17.0.3/16 dev eth0
ip -n c3 addr add 172.17.0.4/16 dev eth0
ip -n c1 link set eth0 up
ip -n c2 link set eth0 up
ip -n c3 link set eth0 up
ip -n c1 route add default via 172.17.0.1
ip -n c2 route add default via 172.17.0.1
ip -n c3 route add default via 172.17.0.1

ip link show master br0
bridge link
ip -n c1 route

ip netns exec c1 ping -c 2 -i 0.2 172.17.0.3
ip netns exec c2 ping -c 2 -i 0.2 172.17.0.4
ip netns exec c3 ping -c 2 -i 0.2 172.17.0.2
ip netns exec c1 ping -c 1 172.17.0.1
ping -c 1 172.17.0.4

bridge fdb show br br0
ip neigh show dev br0
