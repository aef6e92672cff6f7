# nslab fuzz: minimal reproduction 002-ip-j-s-link-show (shrunk in 80 runs from 13 lines)
# found in scenario 1952 of --seed 505
# first difference in 'ip -j -s link show': kernel '[{"ifindex":N,"link":"v1","ifname":"v1p","flags":["BROADCAST","MULTICAST"],"mtu":1500,"qdisc":"noop","operstate":"DOWN","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"ether","address":"xx:xx:xx:xx:xx:xx","broadcast":"ff:ff:ff:ff:ff:ff","stats64":{"rx":{"bytes":90,"packets":1,"errors":0,"dropped":0,"over_errors":0,"multicast":0},"tx":{"bytes":0,"packets":0,"errors":0,"dropped":0,"carrier_errors":0,"collisions":0}}}]', simulator '[{"ifindex":N,"link":"v1","ifname":"v1p","flags":["BROADCAST","MULTICAST"],"mtu":1500,"qdisc":"noop","operstate":"DOWN","linkmode":"DEFAULT","group":"default","txqlen":1000,"link_type":"ether","address":"xx:xx:xx:xx:xx:xx","broadcast":"ff:ff:ff:ff:ff:ff","stats64":{"rx":{"bytes":0,"packets":0,"errors":0,"dropped":0,"over_errors":0,"multicast":0},"tx":{"bytes":0,"packets":0,"errors":0,"dropped":0,"carrier_errors":0,"collisions":0}}}]'
# signature: ip -j -s link show|[{"ifindex":N,"link":"v#","ifname":"v#p","flags":["BROADCAST","MULTICAST"],"mtu":#,"qdisc":"noop","operstate":"DOWN","linkmode":"DEFAULT","group":"default","txqlen":#,"link_type":"ether","address":"xx:xx:xx:xx:xx:xx","broadcast":"IPV#","stats#":{"rx":{"bytes":#,"packets":#,"errors":#,"dropped":#,"over_errors":#,"multicast":#},"tx":{"bytes":#,"packets":#,"errors":#,"dropped":#,"carrier_errors":#,"collisions":#}}}]|[{"ifindex":N,"link":"v#","ifname":"v#p","flags":["BROADCAST","MULTICAST"],"mtu":#,"qdisc":"noop","operstate":"DOWN","linkmode":"DEFAULT","group":"default","txqlen":#,"link_type":"ether","address":"xx:xx:xx:xx:xx:xx","broadcast":"IPV#","stats#":{"rx":{"bytes":#,"packets":#,"errors":#,"dropped":#,"over_errors":#,"multicast":#},"tx":{"bytes":#,"packets":#,"errors":#,"dropped":#,"carrier_errors":#,"collisions":#}}}]
# replay: nslab diff 002-ip-j-s-link-show.sh
ip netns add ns1
ip netns add ns2
ip -n ns1 link add v1 type veth peer v1p netns ns2
ip netns exec ns1 ip link set v1 up
ip -n ns2 link set v1p up
ip netns exec ns2 ip link set v1p netns ns1
ip -n ns1 -j -s link show v1p
