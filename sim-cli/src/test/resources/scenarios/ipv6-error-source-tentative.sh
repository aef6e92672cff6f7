# The source of an ICMPv6 error about a packet to one of our own addresses that is still tentative (found by nslab
# fuzz, seed 1206). The address sits on a veth whose peer is down, so DAD never starts and it stays tentative; its
# local route is not in yet, so a ping to it goes out by its /128 route and neighbour discovery fails. icmp6_send
# takes the packet's destination as the error's source only when ipv6_chk_addr finds it, which skips tentative
# addresses: the source is picked as for any packet to the ping's own source, here ::1.
ip netns add ns1
ip link add v2 type veth peer
ip a add fd00:4::9 dev v2
ip link set v2 up
ip -6 a show dev v2
ping -c 3 -W 4 -6 fd00:4::9
ip -6 route show table local
