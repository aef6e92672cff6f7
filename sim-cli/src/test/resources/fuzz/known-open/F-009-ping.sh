# nslab fuzz: minimal reproduction 009-ping (shrunk in 71 runs from 33 lines)
# found in scenario 83 of --seed 7001
# first difference in 'ping': kernel '', simulator '64 bytes from 10.1.76.250: icmp_seq=1 ttl=64 time=T ms'
# signature: ping||# bytes from #.#.#.#: icmp_seq=# ttl=# time=T ms
# replay: nslab diff 009-ping.sh
ip link add type veth peer v1p
ip addr add 10.1.76.250/24 dev v1p
ping -I lo 10.1.76.250
