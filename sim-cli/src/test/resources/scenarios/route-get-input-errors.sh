# ip route get ... iif DEV on kernel 6.18: an input route refused for its source (a martian, or the reverse-path
# filter) answers Invalid argument, since inet_rtm_getroute turns any drop reason into EINVAL; without forwarding
# the route's own error, No route to host, comes through; accept_local lets our own address in.
ip netns add ns1
ip -n ns1 link add v1 type veth peer v1p
ip -n ns1 link add v2 type veth peer v2p
ip -n ns1 addr add 10.1.0.1/24 dev v1
ip -n ns1 addr add 10.2.0.1/24 dev v2
ip -n ns1 link set v1 up
ip -n ns1 link set v2 up
ip -n ns1 link set v1p up
ip -n ns1 link set v2p up
ip netns exec ns1 sysctl -w net.ipv4.conf.all.rp_filter=1
ip -n ns1 route get 10.2.0.5 from 10.1.0.9 iif v1
ip -n ns1 route get 10.2.0.5 from 10.3.0.9 iif v1
ip netns exec ns1 sysctl -w net.ipv4.ip_forward=1
ip -n ns1 route get 10.2.0.5 from 10.3.0.9 iif v1
ip -n ns1 route get 10.2.0.5 from 10.2.0.9 iif v1
ip -n ns1 route get 10.1.0.1 from 10.2.0.9 iif v1
ip -n ns1 route get 10.1.0.1 from 10.1.0.1 iif v1
ip netns exec ns1 sysctl -w net.ipv4.conf.all.accept_local=1
ip -n ns1 route get 10.1.0.1 from 10.1.0.1 iif v1
ip -n ns1 route get 10.1.0.1 from 10.2.0.1 iif v1
