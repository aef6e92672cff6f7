# Errors of ping and sysctl: usage errors, bad option values, absent device for -I, no route, unknown and
# malformed sysctl keys, bad values (ip_forward takes any integer).
ip netns add a
ping
ping -c
ping -c 0 10.0.0.1
ping -c abc 10.0.0.1
ping -i abc 10.0.0.1
ping -W -1 10.0.0.1
ping -t 0 10.0.0.1
ping -t 256 10.0.0.1
ping -s -1 10.0.0.1
ping -s 70000 10.0.0.1
ping -Z 10.0.0.1
ping -c 1 -I nosuch 10.0.0.1
ping -c 1 10.0.5
ip netns exec a ping -c 1 10.0.0.1
ip netns exec a ping -c 1 127.0.0.1
ip netns exec a sysctl net.ipv4.no_such_key
ip netns exec a sysctl -w net.ipv4.no_such_key=1
ip netns exec a sysctl -w net.ipv4.ip_forward
ip netns exec a sysctl -w net.ipv4.ip_forward=abc
ip netns exec a sysctl -w net.ipv4.ip_forward=2
ip netns exec a sysctl net.ipv4.neigh.nosuch.mcast_solicit
ip netns exec a sysctl -w net.ipv4.neigh.default.mcast_solicit=-1
ip netns exec a sysctl net.ipv4.ip_forward
