# nslab fuzz: minimal reproduction 007-ping (shrunk in 60 runs from 30 lines)
# found in scenario 23 of --seed 1001
# first difference in 'ping': kernel 'PING 10.1.39.73 (10.1.39.73) from 10.1.40.96 v2p: 56(84) bytes of data.', simulator 'PING 10.1.39.73 (10.1.39.73) from 10.1.39.73 v2p: 56(84) bytes of data.'
# signature: ping|PING #.#.#.# (#.#.#.#) from #.#.#.# v#p: #(#) bytes of data.|PING #.#.#.# (#.#.#.#) from #.#.#.# v#p: #(#) bytes of data.
# replay: nslab diff 007-ping.sh
ip netns add ns1
ip tuntap add mode tap tap1
ip addr a 10.1.39.73/25 dev tap1
ip addr add 10.1.40.96/32 dev lo
ip -n ns1 link add v2 type veth peer name v2p netns 1
ip link set v2p up
ping -t 2 -i 0.3 -I v2p -W 1 -c 2 10.1.39.73
