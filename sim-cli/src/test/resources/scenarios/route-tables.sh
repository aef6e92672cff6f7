# Routing tables by number and by name: a table exists from its first route (main and local from the first
# address), "show table N" of one that does not is an error (main's is suppressed), "table 0" means main, names come
# back from rt_tables, "ip -4 route show table all" walks the tables by id modulo 256 (newest first in a bucket)
# and names each route's table, and deleting from a table that does not exist says so.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a route show
ip -n a route show table main
ip -n a route show table 100
ip -n a route show table default
ip -n a route show table local
ip -n a -4 route show table all
ip -n a link set lo up
ip -n a addr add 10.0.0.1/24 dev va
ip -n a link set va up
ip -n b link set vb up
ip -n a route add 10.7.0.0/16 via 10.0.0.3 table 100 proto static
ip -n a route add 10.8.0.0/16 dev va table 356
ip -n a route add unreachable 10.9.0.0/16 table 4294967295
ip -n a route add 10.10.0.0/16 dev va table default
ip -n a route add 10.11.0.0/16 dev va table 0
ip -n a route add 10.12.0.0/16 dev va table unspec
ip -n a route add 10.13.0.0/16 dev va table 4294967296
ip -n a route add 10.14.0.0/16 dev va table bogus
ip -n a route add 10.15.0.0/16 via 10.99.0.1 table 200
ip -n a route show table 100
ip -n a route show table 356
ip -n a route show table 4294967295
ip -n a route show table 200
ip -n a route show table default
ip -n a route show table 254
ip -n a route show table bogus
ip -n a -4 route show table all
ip -n a -4 route show table 0
ip -n a route get 10.7.0.1
ip -n a route get 10.10.0.1
ip -n a route del 10.7.0.0/16
ip -n a route del 10.7.0.0/16 table 101
ip -n a route del 10.7.0.0/16 table 100 proto boot
ip -n a route del 10.7.0.0/16 table 100
ip -n a route show table 100
ip -n a route del 10.10.0.0/16 table default
ip -n a route show table default
