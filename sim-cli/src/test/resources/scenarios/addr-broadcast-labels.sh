# Broadcast routes and labels: an explicit brd gets a broadcast route of its own (with the subnet's primary as
# src), shared by addresses that name it, and goes with the last of them (fib_del_ifaddr's checks); /31 and /32
# have no subnet broadcast; brd - is the network address. A down device keeps only local routes; up brings the
# rest back. A renamed device's addresses are relabelled (inetdev_changename): the first takes the new name, the
# others NAME:N by position, or keep the :suffix they had, cut to 15 characters. An address that is already
# another subnet's broadcast gets its local route only: its other routes fail fib_valid_prefsrc (the local
# table's first route for it is the broadcast one).
ip netns add a
ip link add va netns a type veth peer name vb
ip -n a link set va up
ip -n a addr add 10.0.0.1/24 brd 10.0.0.7 dev va
ip -n a addr add 10.0.1.1/24 brd 10.0.0.7 dev va
ip -n a addr add 10.0.2.1/24 brd 10.0.0.255 dev va
ip -n a addr add 10.0.0.9/24 brd 10.0.0.127 dev va
ip -n a addr add 10.0.3.1/30 brd - dev va
ip -n a addr add 10.0.4.1/32 dev va
ip -n a addr add 10.0.5.1/31 dev va
ip -n a route show table local
ip -n a route
ip -n a addr del 10.0.0.9/24 dev va
ip -n a route show table local
ip -n a addr del 10.0.0.1/24 dev va
ip -n a route show table local
ip -n a addr del 10.0.3.1/30 dev va
ip -n a addr del 10.0.2.1/24 dev va
ip -n a route show table local
ip -n a link set va down
ip -n a route show table local
ip -n a addr add 10.0.6.1/24 dev va
ip -n a link set va up
ip -n a route show table local
ip -n a route
ip -n a link set va name vz
ip -n a -4 addr
ip -n a link set vz name abcdefghijklmn
ip -n a -4 addr
ip -n a link set abcdefghijklmn name v1
ip -n a -4 addr
ip -n a addr del 10.0.5.1/31 dev v1
ip -n a -s -4 addr flush dev v1
ip -n a addr add 10.1.0.1/30 dev v1
ip -n a addr add 10.1.0.3/31 dev v1
ip -n a route show table local
ip -n a route
