# nslab fuzz: minimal reproduction 013-ping (shrunk in 60 runs from 36 lines)
# found in scenario 41 of --seed 1001
# first difference in 'ping': kernel '64 bytes from 10.1.128.61: icmp_seq=1 ttl=1 time=T ms', simulator '64 bytes from 10.1.128.61: icmp_seq=1 ttl=64 time=T ms'
# signature: ping|# bytes from #.#.#.#: icmp_seq=# ttl=# time=T ms|# bytes from #.#.#.#: icmp_seq=# ttl=# time=T ms
# replay: nslab diff 013-ping.sh
sysctl net.ipv4.ip_default_ttl=1
ip netns add ns2
ip link add v2 type veth peer netns ns2
ip addr add 10.1.128.61/24 dev v2
ping -i0.2 -w1 10.1.128.61
