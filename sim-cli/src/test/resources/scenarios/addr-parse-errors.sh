# iproute2's address reading (get_prefix, get_addr, get_netmask; every part strtoul in base 0): a bad octet, a
# length over 32, a missing length after /, trailing dots or garbage, 08 (not octal) give "Error: any valid
# prefix is expected" ("inet prefix" with -4, or once an address was read on the line, as for brd); 1.2.3 is
# 1.2.3.0, 010 is 8, 0x0a a hex octet, /024 octal 20, /255.255.255.0 a dotted mask, /any /0, a sign and white
# space are accepted. The request: no family (default, any) has no handler; any/all make attributes of no bytes;
# 0.0.0.0 adds nothing; -4 without an address adds nothing but deletes the first address; a second address is
# "either local is duplicate, or X is a garbage"; brd - clears the host bits, brd + fills them (not on /31).
# ip addr show takes the same filters as flush: to PREFIX (inet only, so no link/ether line), scope, primary.
ip netns add a
ip link add va netns a type veth peer name vb
ip -n a addr add 10.0.0.256/24 dev va
ip -n a -4 addr add 10.0.0.256/24 dev va
ip -n a addr add 10.0.0.1/33 dev va
ip -n a addr add 10.0.0.1/ dev va
ip -n a addr add 10.0.0.1/-1 dev va
ip -n a addr add 1.2.3 dev va
ip -n a addr add 0x0a000001/8 dev va
ip -n a addr add 0x0a.0.0.1/24 dev va
ip -n a addr add 10.0.0.1. dev va
ip -n a addr add 010.0.0.1/24 dev va
ip -n a addr add 10.0.0.08/24 dev va
ip -n a addr add 10.1.0.1/255.255.255.0 dev va
ip -n a addr add 10.1.0.2/255.0.255.0 dev va
ip -n a addr add 10.2.0.1/0x18 dev va
ip -n a addr add 10.3.0.1/024 dev va
ip -n a addr add 10..0.1 dev va
ip -n a addr add a.b.c.d/24 dev va
ip -n a addr add 10.0.0.1/24x dev va
ip -n a addr add default/24 dev va
ip -n a addr add default dev va
ip -n a -4 addr add default dev va
ip -n a addr add any dev va
ip -n a -4 addr add any dev va
ip -n a addr add 0.0.0.0/24 dev va
ip -n a addr add 1.2.3.4.5 dev va
ip -n a addr add 4294967296/8 dev va
ip -n a addr add 10.4.0.1/+24 dev va
ip -n a addr add "10.5.0.1/ 24" dev va
ip -n a addr add 10.6.0.1/any dev va
ip -n a addr add -0.0.3.8/24 dev va
ip -n a addr add 10.0.8.8/255 dev va
ip -n a addr add 10.0.11.0x8/24 dev va
ip -n a addr add 10.7.0.1/24 10.7.0.2/24 dev va
ip -n a addr add 10.7.0.9/24 dev va foo
ip -n a addr add 10.7.0.9/24 brd 10.7.0.256 dev va
ip -n a addr add brd 10.7.0.256 10.7.0.9/24 dev va
ip -n a addr add 10.7.0.9/24 brd 10.7.0.0/24 dev va
ip -n a addr add 10.7.0.9/24 brd dev xyz
ip -n a addr add 10.7.0.9/24 brd + brd + dev va
ip -n a addr add 10.7.0.9/24 brd any dev va
ip -n a addr add 10.7.0.9/24 brd default dev va
ip -n a addr add brd + dev va
ip -n a addr add 10.7.0.9/24 dev
ip -n a addr add 127.0.0.1/1 dev va
ip -n a addr add 1.0.0.1/1 dev va
ip -n a -4 addr add dev va
ip -n a addr del dev va
ip -n a addr del 10.7.0.7 dev va
ip -n a addr del 10.0.0.2/16 dev va
ip -n a -4 addr del default dev va
ip -n a -4 addr del any dev va
ip -n a addr add 10.8.0.1/24 brd - dev va
ip -n a addr add 10.9.0.1/31 brd + dev va
ip -n a addr add 10.10.0.1/24 brd 255.255.255.255 dev va
ip -n a addr add 10.11.0.1/24 brd 0.0.0.0 dev va
ip -n a -4 addr show dev va
ip -n a -4 addr del dev va
ip -n a -4 addr show dev va
ip -n a addr show to 10.0.0.0/8
ip -n a addr show primary to 10.1.0.0/16
ip -n a addr show secondary
ip -n a addr show scope host
ip -n a addr show scope bogus
