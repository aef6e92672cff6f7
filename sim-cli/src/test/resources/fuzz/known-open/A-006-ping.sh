# nslab fuzz: minimal reproduction 006-ping (shrunk in 60 runs from 33 lines)
# found in scenario 21 of --seed 1001
# first difference in 'ping': kernel '', simulator '64 bytes from 10.1.36.73: icmp_seq=1 ttl=64 time=T ms'
# signature: ping||# bytes from #.#.#.#: icmp_seq=# ttl=# time=T ms
# replay: nslab diff 006-ping.sh
ip netns add ns1
ip link add v1 type veth peer netns ns1
ip addr add 10.1.36.73/32 dev v1
ping -I lo -W 1 10.1.36.73
