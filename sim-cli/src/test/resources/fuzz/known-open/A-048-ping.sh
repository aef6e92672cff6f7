# nslab fuzz: minimal reproduction 048-ping (shrunk in 60 runs from 19 lines)
# found in scenario 477 of --seed 1001
# first difference in 'ping': kernel 'ping: connect: Network is unreachable', simulator 'PING 10.1.92.73 (10.1.92.73) 100(128) bytes of data.'
# signature: ping|ping: connect: Network is unreachable|PING #.#.#.# (#.#.#.#) #(#) bytes of data.
# replay: nslab diff 048-ping.sh
ip netns add ns1
ip -n ns1 link add type veth peer name v1p
ip -n ns1 addr a 10.1.92.45/25 dev v1p
ip -n ns1 addr add 10.1.92.73/25 dev v1p
ip netns exec ns1 ip addr delete 10.1.92.45/25 dev v1p
ip netns exec ns1 ping -W1 -s 100 -c 1 10.1.92.73
