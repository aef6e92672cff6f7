# ip link set: rename, change the MAC and the MTU, up and down, with the abbreviation "ip l s"; renaming works
# while the device is UP too (kernel 6.x); and ip -s link on a device that was never up (all counters zero).
ip netns add a
ip -n a link add va type veth peer name vb
ip -n a -s link show va
ip -n a link set va name eth0
ip -n a link set eth0 address 02:00:00:00:00:01
ip -n a link set eth0 mtu 1400
ip -n a link show eth0
ip -n a l s eth0 up
ip -n a l s vb up
ip -n a link show eth0
ip -n a link set eth0 name va
ip -n a link set eth0 down
ip -n a link set va down
ip -n a link show
