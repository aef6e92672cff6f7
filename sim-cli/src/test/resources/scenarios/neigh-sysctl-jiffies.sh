# The kernel keeps neighbour times in jiffies (HZ=250): a value written in USER_HZ ticks (retrans_time, locktime)
# is rounded down to whole jiffies, one written in ms (retrans_time_ms, base_reachable_time_ms) rounded up.
ip netns add ns2
ip netns exec ns2 sysctl net.ipv4.neigh.lo.retrans_time=1
ip netns exec ns2 sysctl net.ipv4.neigh.lo.retrans_time_ms
ip netns exec ns2 sysctl net.ipv4.neigh.lo.retrans_time
ip netns exec ns2 sysctl net.ipv4.neigh.lo.retrans_time_ms=1
ip netns exec ns2 sysctl net.ipv4.neigh.lo.retrans_time_ms
ip netns exec ns2 sysctl net.ipv4.neigh.lo.retrans_time
ip netns exec ns2 sysctl -w net.ipv4.neigh.lo.retrans_time=7
ip netns exec ns2 sysctl -n net.ipv4.neigh.lo.retrans_time
ip netns exec ns2 sysctl net.ipv4.neigh.lo.retrans_time_ms
ip netns exec ns2 sysctl net.ipv4.neigh.lo.retrans_time_ms=1001
ip netns exec ns2 sysctl net.ipv4.neigh.lo.retrans_time
ip netns exec ns2 sysctl net.ipv4.neigh.lo.locktime=3
ip netns exec ns2 sysctl net.ipv4.neigh.lo.locktime
ip netns exec ns2 sysctl net.ipv4.neigh.lo.base_reachable_time_ms=1
ip netns exec ns2 sysctl net.ipv4.neigh.lo.base_reachable_time_ms
ip netns exec ns2 sysctl net.ipv4.neigh.lo.base_reachable_time
ip netns exec ns2 sysctl net.ipv4.neigh.lo.base_reachable_time_ms=1999
ip netns exec ns2 sysctl net.ipv4.neigh.lo.base_reachable_time
ip netns exec ns2 sysctl net/ipv4/neigh/lo/retrans_time=201
ip netns exec ns2 sysctl net.ipv4.neigh.lo.retrans_time_ms
