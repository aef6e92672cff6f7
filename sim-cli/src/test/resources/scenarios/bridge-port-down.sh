# A port that goes down stops forwarding (state disabled) and the bridge forgets what it learnt there; frames for
# the station behind it are flooded to the remaining ports and lost. With no port forwarding the bridge loses its
# carrier and its connected route shows linkdown. Bringing the ports back restores the path.
ip netns add a
ip netns add b
ip link add br0 type bridge
ip link set br0 up
ip addr add 10.1.0.1/24 dev br0
ip link add pa type veth peer name eth0 netns a
ip link add pb type veth peer name eth0 netns b
ip link set pa master br0 up
ip link set pb master br0 up
ip -n a addr add 10.1.0.2/24 dev eth0
ip -n b addr add 10.1.0.3/24 dev eth0
ip -n a link set eth0 up
ip -n b link set eth0 up
ip netns exec a ping -c 1 10.1.0.3
bridge fdb show dev pb
ip link set pb down
bridge link
bridge fdb show dev pb
ip link show br0
ip netns exec a ping -c 1 -W 1 10.1.0.3
ip link set pa down
ip link show br0
ip route
ping -c 1 -W 1 10.1.0.2
ip link set pb up
ip link set pa up
ip link show br0
ip netns exec b ping -c 1 10.1.0.2
ping -c 1 10.1.0.3
bridge fdb show br br0
