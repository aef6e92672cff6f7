# nslab fuzz: minimal reproduction 067-ping (shrunk in 60 runs from 21 lines)
# found in scenario 805 of --seed 1001
# first difference in 'ping': kernel 'PING 127.0.0.1 (127.0.0.1) from 10.1.153.64 v2: 56(84) bytes of data.', simulator 'ping: Warning: source address might be selected on device other than: v2'
# signature: ping|PING #.#.#.# (#.#.#.#) from #.#.#.# v#: #(#) bytes of data.|ping: Warning: source address might be selected on device other than: v#
# replay: nslab diff 067-ping.sh
ip netns add ns1
ip link add v2 type veth peer
ip addr add 10.1.153.64/24 dev v2
ip link set v2 up
ping -W 2 -I v2 -c 3 127.0.0.1
