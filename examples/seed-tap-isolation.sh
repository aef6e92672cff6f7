# The seed experiment (a Chinese blog post on netns isolation), commands verbatim: two persistent taps get
# addresses in the host namespace, move into ns0 and ns1 (losing address and UP), the host can no longer reach
# them, each namespace reaches only its own address once lo and the tap are up again, and the taps, with no
# process attached and nothing joining them, cannot reach each other.
# Pings without -c are interrupted as if by Ctrl+C after 3 s.

# 添加并启动虚拟网卡tap设备
ip tuntap add dev tap0 mode tap
ip tuntap add dev tap1 mode tap
ip link set tap0 up
ip link set tap1 up
# 配置IP
ip addr add 10.0.0.1/24 dev tap0
ip addr add 10.0.0.2/24 dev tap1
# 添加netns
ip netns add ns0
ip netns add ns1
# 将虚拟网卡tap0,tap1分别移动到ns0和ns1中
ip link set tap0 netns ns0
ip link set tap1 netns ns1

# From the host: the taps and their routes left with the move.
ping 10.0.0.1
ping 10.0.0.2

# Between the namespaces: nothing is up, so no route.
ip netns exec ns0 ping 10.0.0.2
ip netns exec ns1 ping 10.0.0.1

# The move reset the taps: DOWN, no address.
ip netns exec ns0 ip a
ip netns exec ns1 ip a

ip netns exec ns0 ip link set lo up
ip netns exec ns0 ip link set tap0 up
ip netns exec ns0 ip addr add 10.0.0.1/24 dev tap0

ip netns exec ns1 ip link set lo up
ip netns exec ns1 ip link set tap1 up
ip netns exec ns1 ip addr add 10.0.0.2/24 dev tap1

# Each namespace reaches its own address (through lo).
ip netns exec ns0 ping 10.0.0.1
ip netns exec ns1 ping 10.0.0.2

# Across namespaces: ARP goes nowhere, no reply before the interrupt.
ip netns exec ns0 ping 10.0.0.2
ip netns exec ns1 ping 10.0.0.1
