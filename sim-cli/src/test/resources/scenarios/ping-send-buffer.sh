# A ping to a neighbour that never answers: its echoes wait for ARP, charged to the raw socket, whose send buffer
# (twice SO_SNDBUF, at least 2 x 4608 bytes) takes 12 small skbs, 8 of up to 628 bytes, 4 of a full 1500 bytes;
# sendmsg then fails with ENOBUFS, retried uncounted. Echoes cut into fragments are charged fragment by fragment.
ip netns add a1
ip link add v1 type veth peer name w1
ip link set v1 netns a1
ip -n a1 addr add 10.0.0.1/24 dev v1
ip -n a1 link set v1 up
ip netns exec a1 ping -q -i 0.05 -w 1 -s 56 10.0.0.2
ip netns add a2
ip link add v2 type veth peer name w2
ip link set v2 netns a2
ip -n a2 addr add 10.0.0.1/24 dev v2
ip -n a2 link set v2 up
ip netns exec a2 ping -q -i 0.05 -w 1 -s 178 10.0.0.2
ip netns add a3
ip link add v3 type veth peer name w3
ip link set v3 netns a3
ip -n a3 addr add 10.0.0.1/24 dev v3
ip -n a3 link set v3 up
ip netns exec a3 ping -q -i 0.05 -w 1 -s 200 10.0.0.2
ip netns add a4
ip link add v4 type veth peer name w4
ip link set v4 netns a4
ip -n a4 addr add 10.0.0.1/24 dev v4
ip -n a4 link set v4 up
ip netns exec a4 ping -q -i 0.05 -w 1 -s 600 10.0.0.2
ip netns add a5
ip link add v5 type veth peer name w5
ip link set v5 netns a5
ip -n a5 addr add 10.0.0.1/24 dev v5
ip -n a5 link set v5 up
ip netns exec a5 ping -q -i 0.05 -w 1 -s 800 10.0.0.2
ip netns add a6
ip link add v6 type veth peer name w6
ip link set v6 netns a6
ip -n a6 addr add 10.0.0.1/24 dev v6
ip -n a6 link set v6 up
ip netns exec a6 ping -q -i 0.05 -w 1 -s 1472 10.0.0.2
ip netns add a7
ip link add v7 type veth peer name w7
ip link set v7 netns a7
ip -n a7 addr add 10.0.0.1/24 dev v7
ip -n a7 link set v7 up
ip netns exec a7 ping -q -i 0.05 -w 1 -s 2000 10.0.0.2
ip netns add a8
ip link add v8 type veth peer name w8
ip link set v8 netns a8
ip -n a8 addr add 10.0.0.1/24 dev v8
ip -n a8 link set v8 up
ip netns exec a8 ping -q -i 0.05 -w 1 -s 6000 10.0.0.2
ip netns exec a1 ping -i 0.2 -s 1472 -w 1 10.0.0.9
