# A device whose MTU went below 68 has no IPv4 (inetdev_destroy): deleting an address from it is refused before
# any address is looked at (inet_rtm_deladdr: inetdev_by_index finds none), whatever the address. (fuzz seed 1208,
# 005)
ip link set lo mtu 0
ip addr del 10.1.15.7/24 dev lo
ip addr del 127.0.0.1/8 dev lo
ip -4 addr del dev lo
ip link set lo mtu 65536
ip addr del 10.1.15.7/24 dev lo
