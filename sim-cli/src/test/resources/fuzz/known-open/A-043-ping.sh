# nslab fuzz: minimal reproduction 043-ping (shrunk in 60 runs from 24 lines)
# found in scenario 416 of --seed 1001
# first difference in 'ping': kernel 'PING 127.0.0.1 (127.0.0.1) from 10.1.59.69 v1: 56(84) bytes of data.', simulator 'PING 127.0.0.1 (127.0.0.1) from 127.0.0.1 v1: 56(84) bytes of data.'
# signature: ping|PING #.#.#.# (#.#.#.#) from #.#.#.# v#: #(#) bytes of data.|PING #.#.#.# (#.#.#.#) from #.#.#.# v#: #(#) bytes of data.
# replay: nslab diff 043-ping.sh
ip link add v1 type veth
ip link set v1 up
ping -I v1 -4 127.0.0.1
