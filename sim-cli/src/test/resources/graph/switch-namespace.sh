# A switch in a namespace of its own: bridge br0 in sw with ports to three hosts and an uplink to the initial
# namespace; one port down, one host's end down, a tap on the bridge with no program behind it, and a veth pair
# with both ends in the host.
ip netns add sw
ip netns add h1
ip netns add h2
ip netns add h3
ip -n sw link add br0 type bridge
ip -n sw link set br0 up
ip link add uplink type veth peer name p0 netns sw
ip -n sw link add p1 type veth peer name eth0 netns h1
ip -n sw link add p2 type veth peer name eth0 netns h2
ip -n sw link add p3 type veth peer name eth0 netns h3
ip -n sw link set p0 master br0 up
ip -n sw link set p1 master br0 up
ip -n sw link set p2 master br0
ip -n sw link set p3 master br0 up
ip -n sw tuntap add dev tap9 mode tap
ip -n sw link set tap9 master br0 up
ip link set uplink up
ip addr add 192.168.7.1/24 dev uplink
ip -n h1 addr add 192.168.7.11/24 dev eth0
ip -n h2 addr add 192.168.7.12/24 dev eth0
ip -n h3 addr add 192.168.7.13/24 dev eth0
ip -n h1 link set eth0 up
ip -n h2 link set eth0 up
ip -n h1 route add default via 192.168.7.1
ip link add left type veth peer name right
ip link set left up
