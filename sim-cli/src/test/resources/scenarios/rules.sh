# "ip rule": the three default rules, preferences the kernel picks (one less than the second rule's), insertion
# after rules of equal preference, what counts as a duplicate (not "not", "from all" against any source, protocol
# does), tables by name and number (table 0 gets the first unused table), actions unreachable, prohibit and
# blackhole (with or without "type", with or without a table), iif/oif names (a missing device is [detached]),
# the filters of "ip rule show", deletion of the first match, and flush, which keeps only rules of preference 0.
ip netns add a
ip link add va netns a type veth peer name vb
ip -n a rule
ip -n a rule add from 10.0.0.0/24 table 100
ip -n a rule add from 10.0.0.0/24 table 100
ip -n a rule add to 10.1.0.0/16 lookup main pref 100
ip -n a rule add to 10.1.0.0/16 lookup main pref 100
ip -n a rule add iif va table 5
ip -n a rule add oif lo table 6 pref 7
ip -n a rule add iif nosuch table 7
ip -n a rule add from 10.2.0.1 unreachable
ip -n a rule add from 10.2.0.2 prohibit
ip -n a rule add from 10.2.0.3 type blackhole
ip -n a rule add from 10.2.0.4 table 5 unreachable
ip -n a rule add not from 10.2.0.5 table 9 pref 9
ip -n a rule add from 10.2.0.5 table 9 pref 9
ip -n a rule add from all table 9 pref 9
ip -n a rule add from 10.2.0.5 table 9 pref 9 proto static
ip -n a rule add from 10.3.0.1/8 table 13 pref 300
ip -n a rule add table 0 pref 301
ip -n a rule add table unspec pref 302
ip -n a rule add table default proto boot pref 303
ip -n a rule add table 14 proto kernel pref 304
ip -n a rule add table 4294967295 pref 4294967295
ip -n a rule add from 10.4.0.0/16 pref 305
ip -n a rule
ip -n a route show table 1
ip -n a route show table 3
ip -n a rule show table 100
ip -n a rule list pref 100
ip -n a rule show from 10.0.0.0/16
ip -n a rule show from 10.0.0.0/25
ip -n a rule show to 10.1.0.0/16
ip -n a rule show iif va
ip -n a rule show not
ip -n a rule show lookup main
ip -n a rule show all
ip -n a rule del pref 7
ip -n a rule del from 10.0.0.0/24
ip -n a rule del not from 10.2.0.5 pref 9
ip -n a rule del unreachable
ip -n a rule del proto static
ip -n a rule del table 999
ip -n a rule del pref 9 from 10.2.0.5/25
ip -n a rule del from 10.3.0.0/8
ip -n a rule
ip -n a link set va netns a
ip -n a link set va name nosuch
ip -n a rule show iif nosuch
ip -n a rule flush
ip -n a rule
ip -n a rule del pref 0
ip -n a rule del proto kernel
ip -n a rule flush
ip -n a rule
