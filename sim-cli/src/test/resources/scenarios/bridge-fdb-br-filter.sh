# bridge fdb show br DEV (rtnl_fdb_dump with a bridge given) walks only that bridge and its ports: when DEV is no
# bridge (a plain veth, a bridge port) nothing is printed; an unknown name is refused by bridge itself. dev and
# brport take any device: a veth's own "self" entries (ndo_dflt_fdb_dump of its multicast list), a port's bridge
# entries then its own.
ip link add v1 type veth peer v1p
ip link add br0 type bridge
ip link add v2 type veth peer v2p
ip link set v2 master br0
ip link set v1 up
ip link set v2 up
bridge fdb show br v1
bridge fdb show br v2
bridge fdb show br nosuch0
bridge fdb show dev v1
bridge fdb show brport v1p
bridge fdb show br br0 brport v2
bridge fdb show br br0
