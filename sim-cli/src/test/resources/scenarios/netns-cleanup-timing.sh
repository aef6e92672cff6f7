# How long a deleted namespace lives on, by what holds it and what it holds (kernel 6.18, measured: nslab's
# NamespaceCleanup). Nothing holding it, it is gone before the next command looks. The socket of a command run
# inside it just before the delete (ip -n b) holds it until the socket is freed, an RCU grace period later: the
# next command still lists its veth peer (97% of runs). A bridge in it makes cleanup_net itself slow: the next
# three commands still list the peer (100%). The waits are pings into a veth whose peer is down (1 s each, each to
# an address of its own, so that no ARP failure falls inside one), so each case starts on a quiet machine and is
# over before the next.
ip link add wait0 type veth peer name wait1
ip link set wait0 up
ip addr add 10.9.0.1/24 dev wait0
ip netns add a
ip netns add b
ip netns add c
ip netns add o
ip link add pa netns o type veth peer name va netns a
ip link add pb netns o type veth peer name vb netns b
ip link add pc netns o type veth peer name vc netns c
ip -n a link set va up
ip -n c link add br0 type bridge
ip -n c link set vc master br0
ping -c 1 -W 1 10.9.0.2
ip netns delete a
ip -n o -br link
ip -n b link set vb up
ip netns delete b
ip -n o -br link show pb
ping -c 1 -W 1 10.9.0.3
ip -n o -br link show pb
ip netns delete c
ip -n o -br link show pc
ip -n o -br link show pc
ip -n o -br link show pc
ping -c 1 -W 1 10.9.0.4
ip -n o -br link
ip netns list
