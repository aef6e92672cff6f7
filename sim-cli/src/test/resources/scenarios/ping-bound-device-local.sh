# A ping bound to a device (-I DEV, SO_BINDTODEVICE) to an address of this host: the echo loops through lo, and
# the reply's route to a local address takes the device owning that address as its rt_iif ("make sure orig_oif
# points to fib result device", ip_route_output_key_hash_rcu), which the socket compares with its device
# (raw_v4_match, ping_lookup: inet_iif). So -I lo to v1p's address gets no reply, down or up, while -I v1p to it
# and -I lo to 127.0.0.1 do; -I v1 to v1's own address is answered, -I v1p and -I lo to it are not; -I v1 to
# 127.0.0.1 and to v1p's address goes out of v1 on-link (no route matches the bound device) and is not answered
# either. A bound device that is down cannot be used at all (connect: Network is unreachable).
ip link add v1 type veth peer v1p
ip address add 10.1.178.40/28 dev v1p
ip address add 10.1.178.33/28 dev v1
ping -c 1 -W 1 -I lo 10.1.178.40
ping -c 1 -W 1 -I v1p 10.1.178.40
ping -c 1 -W 1 -I lo 127.0.0.1
ip link set v1p up
ping -c 2 -i 0.2 -W 1 -I lo 10.1.178.40
ping -c 2 -i 0.2 -W 1 -I v1p 10.1.178.40
ping -c 1 -W 1 10.1.178.40
ip link set v1 up
ping -c 1 -W 1 -I v1 10.1.178.33
ping -c 1 -W 1 -I v1p 10.1.178.33
ping -c 1 -W 1 -I lo 10.1.178.33
ping -c 1 -W 1 -I v1 127.0.0.1
ping -c 1 -W 1 -I v1 10.1.178.40
ping -c 1 -W 1 -I 10.1.178.40 10.1.178.33
ip netns add ns1
ip -n ns1 link set lo up
ip netns exec ns1 ping -c 1 -W 1 -I lo 127.0.0.1
ip -n ns1 link add v2 type veth peer v2p
ip -n ns1 address add 10.1.37.214/25 dev v2p
ip netns exec ns1 ping -c 1 -W 1 -I lo 10.1.37.214
ip netns exec ns1 ping -c 1 -W 1 -I lo -q 10.1.37.214
