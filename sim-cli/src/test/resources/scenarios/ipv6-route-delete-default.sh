# ip -6 route del as ip6_route_del answers when nothing matches: the tree's root holds ip6_null_entry (out of lo,
# metric ~0, proto kernel), so a default route that only it would match is No such file or directory, anything else
# No such process; metric 0 matches any metric, as on add it means the default.
ip netns add ns1
ip -n ns1 link set lo up
ip -n ns1 -6 route del default dev lo
ip -n ns1 -6 route del default proto kernel
ip -n ns1 -6 route del default proto static
ip -n ns1 -6 route del default metric 4294967295
ip -n ns1 -6 route del unreachable default
ip -n ns1 -6 route add fd00:1::/64 dev lo metric 7
ip -n ns1 -6 route del fd00:1::/64 metric 0
ip -n ns1 -6 route del fd00:1::/64 metric 0
