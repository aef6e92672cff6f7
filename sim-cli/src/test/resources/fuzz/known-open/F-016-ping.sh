# nslab fuzz: minimal reproduction 016-ping (shrunk in 80 runs from 20 lines)
# found in scenario 181 of --seed 7001
# first difference in 'ping': kernel '64 bytes from 10.1.6.102: icmp_seq=1 ttl=1 time=T ms', simulator '64 bytes from 10.1.6.102: icmp_seq=1 ttl=64 time=T ms'
# signature: ping|# bytes from #.#.#.#: icmp_seq=# ttl=# time=T ms|# bytes from #.#.#.#: icmp_seq=# ttl=# time=T ms
# replay: nslab diff 016-ping.sh
ip link add type veth peer v3p
sysctl net/ipv4/ip_default_ttl=1
ip a add 10.1.6.102/30 dev v3p
ping 10.1.6.102
