# ping -4 opens no IPv6 socket: -v says so, and a -Q below -1 (which only IPV6_TCLASS refuses) is then accepted.
ip netns add ns2
ip netns exec ns2 ip link set lo up
ip netns exec ns2 ping -4 -v -c 1 127.0.0.1
ip netns exec ns2 ping -v -4 -c 1 -Q -5 127.0.0.1
ip netns exec ns2 ping -v -c 1 -Q -5 127.0.0.1
ip netns exec ns2 ping -4 -v -c 1 10.9.9.9
