# ping -6 -I ADDRESS binds its raw socket to the address, and rawv6_bind takes only an address that is not
# tentative: one on a device that is down (DAD has not started), or still in DAD, cannot be assigned; one added
# nodad can, and once DAD is over the others can too.
ip netns add a
ip netns add b
ip -n a link set lo up
ip -n a link add v1 type veth peer name v1b netns b
ip -n a addr add fd00:e::26/64 dev v1
ip -n a addr add fd00:e::27/64 dev v1 nodad
ip -n b addr add fd00:e::77/64 dev v1b nodad
ip netns exec a ping -I fd00:e::26 -c 2 -i 0.2 -W 1 fd00:e::77
ip netns exec a ping -I fd00:e::27 -c 1 -W 1 fd00:e::77
ip -n a link set v1 up
ip -n b link set v1b up
ip netns exec a ping -I fd00:e::26 -c 1 -W 1 fd00:e::77
ip netns exec a ping -q -c 3 -i 1 127.0.0.1
ip netns exec a ping -I fd00:e::26 -c 2 -i 0.2 -W 1 fd00:e::77
ip -n a -6 addr show dev v1
