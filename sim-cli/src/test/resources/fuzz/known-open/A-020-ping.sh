# nslab fuzz: minimal reproduction 020-ping (shrunk in 60 runs from 27 lines)
# found in scenario 108 of --seed 1001
# first difference in 'ping': kernel 'PING 10.1.195.25 (10.1.195.25) from 10.1.195.100 : 56(84) bytes of data.', simulator 'ping: connect: Network is unreachable'
# signature: ping|PING #.#.#.# (#.#.#.#) from #.#.#.# : #(#) bytes of data.|ping: connect: Network is unreachable
# replay: nslab diff 020-ping.sh
ip netns add ns1
ip link add v1 type veth peer
ip address add 10.1.195.100/24 dev v1
ping -c1 -I10.1.195.100 10.1.195.25
