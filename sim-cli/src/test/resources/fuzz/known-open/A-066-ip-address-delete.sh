# nslab fuzz: minimal reproduction 066-ip-address-delete (shrunk in 60 runs from 30 lines)
# found in scenario 747 of --seed 1001
# first difference in 'ip address delete': kernel 'Error: ipv4: Address not found.', simulator '$ ip netns exec ns3 ip route get 127.0.0.1 dev br4'
# signature: ip address delete|Error: ipv#: Address not found.|<next>
# replay: nslab diff 066-ip-address-delete.sh
ip netns add ns1
ip netns add ns2
ip -n ns1 link add v1 type veth peer name v1p netns ns2
ip -n ns1 addr add 10.1.70.110/24 dev v1
ip -n ns1 a add 10.1.70.14/24 dev v1
ip netns exec ns1 ip a del 10.1.70.110/24 dev v1
ip netns exec ns1 ip a del 10.1.70.14/24 dev v1
