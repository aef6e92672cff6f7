# nslab fuzz: minimal reproduction 061-ping (shrunk in 60 runs from 17 lines)
# found in scenario 722 of --seed 1001
# first difference in 'ping': kernel 'PING 10.1.7.200 (10.1.7.200) from 10.1.4.82 lo: 56(84) bytes of data.', simulator 'PING 10.1.7.200 (10.1.7.200) from 10.1.7.200 lo: 56(84) bytes of data.'
# signature: ping|PING #.#.#.# (#.#.#.#) from #.#.#.# lo: #(#) bytes of data.|PING #.#.#.# (#.#.#.#) from #.#.#.# lo: #(#) bytes of data.
# replay: nslab diff 061-ping.sh
ip link add type veth peer v1p
ip addr a 10.1.4.82/32 dev v1p
ip link add type veth peer name v2p
ip addr a 10.1.7.200/28 dev v2p
ping -W 1 -l3 -I lo 10.1.7.200
