# ip neigh add, change, replace and delete for both families (neigh_add, neigh_delete), and show/flush by nud state
ip link add v1 type veth peer v1p
# No DAD: every IPv6 multicast neighbour (MLD reports, the router solicitation) is there when the lists look.
sysctl -q net.ipv6.conf.v1.accept_dad=0 net.ipv6.conf.v1p.accept_dad=0
ip link set v1 up
ip link set v1p up
ip addr add 10.0.0.1/24 dev v1
ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev v1
ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:03 dev v1
ip neigh add 10.0.0.3 dev v1
ip neigh add 10.0.0.4 dev v1 nud reachable
ip neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev v1 nud reachable
ip neigh add 10.0.0.6 lladdr 02:00:00:00:00:06 dev v1 nud stale
ip neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev v1 nud noarp
ip neigh add 10.0.0.8 lladdr 02:00:00:00:00:08 dev v1 nud delay
ip neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev v1 nud probe
ip neigh add 10.0.0.10 dev v1 nud incomplete
ip neigh add 10.0.0.11 lladdr 02:00:00:00:00:11 dev v1 nud failed
ip neigh add 10.0.0.12 dev v1 nud none
ip neigh add 10.0.0.13 lladdr 02:00:00:00:00:13 dev v1 router
ip neigh add 10.9.9.9 lladdr 02:00:00:00:00:14 dev v1
ip neigh add 10.0.0.15 lladdr 02:00:00:00 dev v1
ip neigh add 10.0.0.16 lladdr zz dev v1
ip neigh add 10.0.0.17 lladdr 02:00:00:00:00:17
ip neigh add lladdr 02:00:00:00:00:17 dev v1
ip neigh add 10.0.0.18 lladdr 02:00:00:00:00:18 dev nosuch
ip neigh add 10.0.0.19 lladdr 02:00:00:00:00:19 dev v1 nud bogus
ip neigh add 127.0.0.5 lladdr 02:00:00:00:00:19 dev lo
ip neigh add 224.0.0.5 lladdr 02:00:00:00:00:19 dev v1
ip neigh add 10.0.0.255 lladdr 02:00:00:00:00:19 dev v1
ip neigh add 10.0.0.1 lladdr 02:00:00:00:00:19 dev v1
ip neigh show
ip neigh replace 10.0.0.2 lladdr 02:00:00:00:00:22 dev v1
ip neigh replace 10.0.0.20 lladdr 02:00:00:00:00:20 dev v1 nud stale
ip neigh change 10.0.0.21 lladdr 02:00:00:00:00:21 dev v1
ip neigh change 10.0.0.6 lladdr 02:00:00:00:00:66 dev v1
ip neigh change 10.0.0.13 dev v1 nud stale
ip neigh chg 10.0.0.7 dev v1 nud reachable
ip neigh show
ip neigh del 10.0.0.2 dev v1
ip neigh del 10.0.0.2 dev v1
ip neigh del 10.0.0.3
ip neigh delete 10.0.0.6 lladdr 02:00:00:00:00:66 dev v1
ip neigh show
ip neigh show nud all
ip neigh flush dev v1
ip neigh show nud all
ip -6 neigh add 2001:db8::2 lladdr 02:00:00:00:00:02 dev v1
ip -6 neigh add fe80::2 lladdr 02:00:00:00:00:03 dev v1 router
ip neigh add 2001:db8::3 lladdr 02:00:00:00:00:04 dev v1 nud stale
ip -4 neigh add 2001:db8::4 lladdr 02:00:00:00:00:04 dev v1
ip -6 neigh add 10.0.0.4 lladdr 02:00:00:00:00:04 dev v1
ip -6 neigh add ff02::9 lladdr 02:00:00:00:00:04 dev v1
ip -6 neigh add 2001:db8::5 lladdr 02:00:00:00:00:05 dev lo
ip -6 neigh show
ip neigh show
ip -6 neigh del 2001:db8::2 dev v1
ip -6 neigh del fe80::2 dev v1
ip -6 neigh show
ip -6 neigh show nud all
ip neigh show nud noarp
ip neigh flush nud permanent
ip neigh show nud all dev v1
