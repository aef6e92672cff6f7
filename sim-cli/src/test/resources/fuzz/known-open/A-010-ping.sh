# nslab fuzz: minimal reproduction 010-ping (shrunk in 60 runs from 46 lines)
# found in scenario 26 of --seed 1001
# first difference in 'ping': kernel 'PING 127.0.0.1 (127.0.0.1) from 10.1.180.208 v3p: 2000(2028) bytes of data.', simulator 'ping: Warning: source address might be selected on device other than: v3p'
# signature: ping|PING #.#.#.# (#.#.#.#) from #.#.#.# v#p: #(#) bytes of data.|ping: Warning: source address might be selected on device other than: v#p
# replay: nslab diff 010-ping.sh
ip netns add ns1
ip netns add ns2
ip link add v3 type veth peer name v3p netns ns2
ip netns exec ns2 ip addr add 10.1.180.208/24 dev v3p
ip -n ns2 link set v3p up
ip netns exec ns2 ip link set lo up
ip netns exec ns2 ping -W 1 -c1 -s2000 -l 3 -I v3p 127.0.0.1
