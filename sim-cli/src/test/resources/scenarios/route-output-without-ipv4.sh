# A device whose MTU is below 68 has no IPv4 (inetdev_destroy): __mkroute_output refuses any route out of it
# with EINVAL, and a local destination goes out of lo, so lo at MTU 0 makes pings to our own addresses fail too.
ip link set lo mtu 0
ip link add v1 type veth peer name v1p
ip address add 10.1.137.101/24 dev v1
ping -i 0.3 -s 1472 -t 255 -W1 -M dont -c 3 10.1.137.101
ip link set v1 up
ip link set v1 mtu 60
ping -c 1 -W 1 10.1.137.9
ip route get 10.1.137.9
ip link set lo mtu 65536
ip link set lo up
ping -c 1 -W 1 10.1.137.101
ping -c 1 127.0.0.1
