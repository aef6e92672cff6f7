# Persistent taps with no process attached, one per namespace: UP but NO-CARRIER, connected routes marked
# linkdown, the own address answers through lo, the other namespace is unreachable (ARP goes nowhere).
ip netns add n0
ip netns add n1
ip -n n0 tuntap add dev t0 mode tap
ip tuntap add dev t1 mode tap
ip link set t1 netns n1
ip -n n0 link set lo up
ip -n n1 link set lo up
ip -n n0 link set t0 up
ip -n n1 link set t1 up
ip -n n0 addr add 10.0.0.1/24 dev t0
ip -n n1 addr add 10.0.0.2/24 dev t1
ip -n n0 link show t0
ip -n n0 addr show dev t0
ip -n n0 route
ip netns exec n0 ping -c 2 -i 0.2 10.0.0.1
ip netns exec n0 ping -c 1 -W 1 10.0.0.2
ip -n n0 neigh
