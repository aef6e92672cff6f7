# Echo requests waiting for an ARP resolution that never comes stay charged to ping's socket: after a dozen
# the send buffer is full and sendmsg blocks, so ping sends fewer than its interval allows; the ARP failure
# frees the buffer (and answers the dozen with Host Unreachable) before the next echo goes out.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.1.1/24 dev va
ip -n b addr add 10.0.1.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip -n a link set lo up
ip netns exec a ping -i 0.2 10.0.1.99
ip netns exec a ping -c 14 -i 0.1 -W 1 10.0.1.98
ip netns exec a ping -c 3 -i 0.2 -s 3000 -W 1 10.0.1.97
