# nslab fuzz: minimal reproduction 082-ping (shrunk in 60 runs from 27 lines)
# found in scenario 1101 of --seed 1001
# first difference in 'ping': kernel 'PING 10.1.46.143 (10.1.46.143) from 10.1.45.14 lo: 56(84) bytes of data.', simulator 'ping: Warning: source address might be selected on device other than: lo'
# signature: ping|PING #.#.#.# (#.#.#.#) from #.#.#.# lo: #(#) bytes of data.|ping: Warning: source address might be selected on device other than: lo
# replay: nslab diff 082-ping.sh
ip link add v2 type veth
ip a add 10.1.45.14/8 dev lo
ip addr add 10.1.46.143/24 dev v2
ping -I lo -W 1 10.1.46.143
