# "ip route flush": it needs a selector, reads main unless told a table, fails on a table that does not exist
# ("Flush terminated"), prints nothing unless -s ("Nothing to flush.", the rounds), and with -s -s the routes it
# deletes; by device, protocol, type, scope and prefix, and "table all", after which even the local routes are gone.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a link set lo up
ip -n a addr add 10.0.0.1/24 dev va
ip -n a link set va up
ip -n b link set vb up
ip -n a route add default via 10.0.0.2
ip -n a route add 10.7.0.0/16 via 10.0.0.3 table 100 proto static
ip -n a route add 10.8.0.0/16 dev va proto static
ip -n a route add 10.8.1.0/24 dev va proto static metric 5
ip -n a route add unreachable 10.9.0.0/16
ip -n a route flush
ip -n a route flush table 200
ip -n a route flush table 100 proto boot
ip -n a -s route flush table 100 proto boot
ip -n a route flush dev lo
ip -n a route flush dev nosuch
ip -n a -s route flush dev va proto static
ip -n a route
ip -n a -s route flush type unreachable
ip -n a -s -s route flush table 100
ip -n a -s route flush table 100
ip -n a route add 10.7.0.0/16 via 10.0.0.3 table 100
ip -n a route add 10.7.1.0/24 via 10.0.0.3 table 100
ip -n a route add 10.7.2.0/24 via 10.0.0.3 table 100
ip -n a -s -s route flush table 100 root 10.7.0.0/17
ip -n a route show table 100
ip -n a route flush scope link
ip -n a route
ip -n a route flush table local type broadcast
ip -n a route show table local
ip -n a route flush table all
ip -n a -4 route show table all
ip -n a route show table local
ip -n a route show table 100
ip -n a route add 10.5.0.0/24 dev va
ip -n a -s route flush exact 10.5.0.0/24
