# nslab fuzz: minimal reproduction 084-ping (shrunk in 60 runs from 23 lines)
# found in scenario 1116 of --seed 1001
# first difference in 'ping': kernel '', simulator '16 bytes from 10.1.154.26: icmp_seq=1 ttl=64'
# signature: ping||# bytes from #.#.#.#: icmp_seq=# ttl=#
# replay: nslab diff 084-ping.sh
ip netns add ns2
ip -n ns2 link set lo up
ip netns add ns3
ip -n ns2 link add v3 type veth peer name v3p netns ns3
ip netns exec ns2 ip addr add 10.1.154.32/24 dev v3
ip -n ns2 link set v3 up
ip netns exec ns3 ip addr add 10.1.154.26/24 dev v3p
ip netns exec ns3 ip link set v3p up
ip netns exec ns2 sysctl -w net.ipv4.ip_forward=1
ip netns exec ns2 ping -s 8 -I lo -i 0.2 -c 2 -W 1 10.1.154.26
