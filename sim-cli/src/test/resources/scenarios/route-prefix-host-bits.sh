# A route prefix with host bits set (10.1.180.7/24) is refused by rtm_to_fib_config ("Invalid prefix for given
# prefix length") before inet_rtm_newroute makes a table or inet_rtm_delroute looks for one: add, replace and del
# say so whether the table exists or not, and a refused add leaves no table behind (a later del of a good prefix
# there finds none); /0 with bits set is refused too. ip route get warns about any prefix but /32 and looks up
# the address; flush and show take the prefix as it is.
ip netns add ns2
ip netns exec ns2 ip route del 10.1.180.7/24
ip netns exec ns2 ip route del 10.1.180.0/24
ip -n ns2 route del 10.1.180.7/24 table 100
ip -n ns2 route del 10.1.180.0/24 table 100
ip -n ns2 route add 10.1.180.7/24 dev lo table 100
ip -n ns2 route del 10.1.180.0/24 table 100
ip -n ns2 route add 10.1.180.7/24 dev lo
ip -n ns2 route add 10.1.180.7/24 via 10.9.9.9
ip -n ns2 route add 10.1.180.7/24 dev lo scope nowhere
ip -n ns2 route replace 10.1.180.7/24 dev lo table 101
ip -n ns2 route del 10.1.180.0/24 table 101
ip -n ns2 route add 10.1.180.7/24 dev lo table 106 scope host
ip -n ns2 route del 10.1.180.0/24 table 106
ip -n ns2 link set lo up
ip -n ns2 route add 10.1.180.0/24 dev lo table 105
ip -n ns2 route del 10.1.180.7/24 table 105
ip -n ns2 route del 10.1.180.0/24 table 105
ip -n ns2 route del 10.1.180.0/24 table 105
ip -n ns2 route del 10.1.180.0/24 table 105 dev lo
ip -n ns2 route del 0.0.0.1/0
ip -n ns2 route add 0.0.0.1/0 dev lo
ip -n ns2 route add 10.1.180.7/32 dev lo
ip -n ns2 route get 10.1.180.7/24
ip -n ns2 route get 10.1.180.0/24
ip -n ns2 route get 10.1.180.7/32
ip -n ns2 route flush 10.1.180.7/24
ip -n ns2 route show 10.1.180.7/24
ip -n ns2 route del 10.1.180.7/24 dev nosuch
ip -n ns2 -4 route list table all
