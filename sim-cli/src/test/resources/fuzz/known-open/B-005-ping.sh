# nslab fuzz: minimal reproduction 005-ping (shrunk in 60 runs from 32 lines)
# found in scenario 199 of --seed 2002
# first difference in 'ping': kernel 'PING 10.1.6.83 (10.1.6.83) from 10.1.6.206 tap2: 56(84) bytes of data.', simulator 'PING 10.1.6.83 (10.1.6.83) from 10.1.6.83 tap2: 56(84) bytes of data.'
# signature: ping|PING #.#.#.# (#.#.#.#) from #.#.#.# tap#: #(#) bytes of data.|PING #.#.#.# (#.#.#.#) from #.#.#.# tap#: #(#) bytes of data.
# replay: nslab diff 005-ping.sh
ip link add v1 type veth peer name v1p
ip address add 10.1.6.206/25 brd - dev v1
ip addr add 10.1.6.83/24 brd - dev v1
ip tuntap add tap2 mode tap
ip link set dev tap2 up
ping -i 0.2 -W 1 -I tap2 -c 1 10.1.6.83
