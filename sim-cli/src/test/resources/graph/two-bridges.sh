# Two bridges in the host, each with two container namespaces, joined by a veth pair whose ends are ports of
# both bridges: one flat segment 10.9.0.0/24. The wire between the bridges runs inside the host's box.
ip link add br0 type bridge
ip link add br1 type bridge
ip link set br0 up
ip link set br1 up
ip link add link01 type veth peer name link10
ip link set link01 master br0 up
ip link set link10 master br1 up
ip netns add c1
ip netns add c2
ip netns add c3
ip netns add c4
ip link add v1 type veth peer name eth0 netns c1
ip link add v2 type veth peer name eth0 netns c2
ip link add v3 type veth peer name eth0 netns c3
ip link add v4 type veth peer name eth0 netns c4
ip link set v1 master br0 up
ip link set v2 master br0 up
ip link set v3 master br1 up
ip link set v4 master br1 up
ip -n c1 addr add 10.9.0.1/24 dev eth0
ip -n c2 addr add 10.9.0.2/24 dev eth0
ip -n c3 addr add 10.9.0.3/24 dev eth0
ip -n c4 addr add 10.9.0.4/24 dev eth0
ip -n c1 link set eth0 up
ip -n c2 link set eth0 up
ip -n c3 link set eth0 up
ip -n c4 link set eth0 up
ip netns exec c1 ping -c 1 10.9.0.4
