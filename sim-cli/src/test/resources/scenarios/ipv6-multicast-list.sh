# bridge fdb show prints each device's multicast list (dev->mc) as "self permanent" entries; IPv6 puts its groups
# there (igmp6_group_added's dev_mc_add). A device below 1280 bytes of MTU has no IPv6 and so no 33:33:00:00:00:01
# (fuzz seed 1201, 002); a router (net.ipv6.conf.all.forwarding=1) joins ff02::2, ff01::2 and ff05::2, whose
# 33:33:00:00:00:02 every device then lists, the devices made after the write from the start (fuzz seed 1201, 004).
ip link add v1 type veth
ip link set v1 mtu 68
bridge fdb
ip link set v1 mtu 1500
bridge fdb show dev v1
ip link add v2 type veth peer v2p
sysctl net.ipv6.conf.all.forwarding=1
ip link add v3 type veth peer v3p
ip link set v2p name r2
bridge fdb
sysctl -w net.ipv6.conf.v3.forwarding=0
bridge fdb show dev v3
# Down, a device leaves its IPv6 groups only if addrconf had found its link ready (addrconf_ifdown's was_ready):
# a veth that had carrier lists nothing, a veth or a tap that never had keeps 33:33:00:00:00:01 (fuzz seed 1202).
ip link add v4 type veth peer name v4p
ip link set v4 up
ip link set v4p up
ip link set v4 down
bridge fdb show dev v4
ip tuntap add mode tap tap1
ip link set tap1 up
bridge fdb show dev tap1
ip link set tap1 down
bridge fdb show dev tap1
ip link add v5 type veth peer name v5p
ip link set v5 up
ip link set v5 down
bridge fdb show dev v5
