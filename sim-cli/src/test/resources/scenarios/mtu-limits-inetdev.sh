# MTU limits by kind (dev_validate_mtu): veth and bridge 68..65535, tap 68..65521, lo 0 and up (no maximum).
# NETDEV_CHANGEMTU below 68 destroys the device's IPv4 (inetdev_destroy): addresses, their routes, neighbours,
# net.ipv4.conf.DEV and net.ipv4.neigh.DEV go, and an address cannot be added (no in_device: ENOBUFS). At 68 or
# more it comes back empty with the defaults (inetdev_init); lo's 127.0.0.1 only on its next up. Below 1280 the
# IPv6 addresses go too; a veth gets its link-local back as soon as the MTU allows, lo its ::1 only on up.
ip link set lo mtu 0
ip addr show lo
ip route show table local
ip addr add 10.5.0.1/24 dev lo
sysctl net.ipv4.conf.lo.forwarding
sysctl net.ipv4.neigh.lo.retrans_time_ms
ip link set lo mtu 67
ip link set lo up
ip addr show lo
ip link set lo mtu 68
ip addr show lo
sysctl net.ipv4.conf.lo.forwarding
ip link set lo mtu 1500
ip addr show lo
ip link set lo down
ip link set lo up
ip addr show lo
ip route show table local
ip link set lo mtu 2147483647
ip link set lo mtu 65536
ip link add v1 type veth peer v1p
ip link set v1 mtu 67
ip link set v1 mtu 65535
ip link set v1 mtu 65536
ip link add br0 type bridge
ip link set br0 mtu 0
ip link set br0 mtu 65535
ip link set br0 mtu 65536
ip tuntap add tap0 mode tap
ip link set tap0 mtu 67
ip link set tap0 mtu 65521
ip link set tap0 mtu 65522
ip link set v1 mtu 1500
ip link set v1 up
ip link set v1p up
ip addr add 10.6.0.1/24 dev v1
sysctl -w net.ipv4.conf.v1.rp_filter=1
ip link set v1 mtu 1279
ip addr show v1
ip link set v1 mtu 1280
ip addr show v1
sysctl net.ipv4.conf.v1.rp_filter
ip route show
