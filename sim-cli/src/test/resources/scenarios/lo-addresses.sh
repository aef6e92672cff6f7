# The loopback as the kernel has it: every time lo comes up it gets 127.0.0.1/8 (scope host, first in the list),
# even when it holds other addresses already (inetdev_event NETDEV_UP); down keeps addresses and local routes.
# Its counters leave the Ethernet header out (84 bytes for a default ping, loopback_xmit counts after
# eth_type_trans), RX equals TX, and 65000-byte pings pass whole (mtu 65536). Flushing or deleting 127.0.0.1
# makes the whole of 127/8 unreachable (a second 127.x/8 is its secondary and goes with it) until lo comes up
# again.
ip netns add a
ip -n a addr add 10.9.9.9/32 dev lo
ip -n a addr show dev lo
ip -n a link set lo up
ip -n a addr show dev lo
ip -n a -br addr
ip -n a route show table local
ip netns exec a ping -c 2 127.0.0.1
ip netns exec a ping -c 1 10.9.9.9
ip -n a -s link show lo
ip -n a link set lo down
ip -n a addr show dev lo
ip -n a route show table local
ip -n a link set lo up
ip -n a -s -s addr flush dev lo
ip -n a -br addr
ip -n a route show table local
ip netns exec a ping -c 1 127.0.0.1
ip -n a link set lo down
ip -n a link set lo up
ip -n a -br addr
ip netns exec a ping -c 1 -s 65000 127.0.0.1
ip -n a -s link show lo
ip -n a addr add 127.0.0.2/8 dev lo
ip -n a addr del 127.0.0.1/8 dev lo
ip -n a -br addr
ip netns exec a ping -c 1 127.0.0.2
ip -n a link set lo down
ip -n a link set lo up
ip -n a addr show dev lo
