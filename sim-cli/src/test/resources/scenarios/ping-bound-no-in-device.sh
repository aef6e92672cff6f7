# A device whose MTU went below 68 has no IPv4 (inetdev_destroy): a socket bound to it finds no route at all,
# ENETUNREACH before any lookup (ip_route_output_key_hash_rcu), as an unbound one to the same address does after
# its lookup failed. (fuzz seed 1208, 003)
ip link set lo mtu 1
ping -I lo 127.1.2.3
ping -c 1 -I lo 127.0.0.1
ping -c 1 127.1.2.3
ip addr show dev lo
ip link set lo mtu 65536
ip addr show dev lo
ping -c 1 -I lo 127.0.0.1
