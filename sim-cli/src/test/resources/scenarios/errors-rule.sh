# Errors of "ip rule" as iproute2 6.1 and the kernel give them: arguments required, a missing value, bad
# preferences, tables, protocols, device names, prefixes and actions, and nothing to delete.
ip netns add a
ip -n a rule add
ip -n a rule del
ip -n a rule add from 10.0.0.0/24 lookup
ip -n a rule add pref -1 table 3
ip -n a rule add pref 4294967296 table 3
ip -n a rule add table bogus
ip -n a rule add table 3 proto bogus
ip -n a rule add iif aaaaaaaaaaaaaaaa table 3
ip -n a rule add oif a/b table 3
ip -n a rule add type foo
ip -n a rule add table 3 foo
ip -n a rule add from 10.9.9.9/33
ip -n a -4 rule add to bogus table 3
ip -n a rule del table 999
ip -n a rule del from 10.0.0.0/24
ip -n a rule show pref bogus
ip -n a rule show table bogus
ip -n a rule show from bogus
ip -n a rule show iif a/b
ip -n a rule show protocol bogus
ip -n a rule bogus
ip -n a rule
