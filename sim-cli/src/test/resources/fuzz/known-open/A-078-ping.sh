# nslab fuzz: minimal reproduction 078-ping (shrunk in 60 runs from 30 lines)
# found in scenario 1062 of --seed 1001
# first difference in 'ping': kernel '9 bytes from 10.1.34.163: icmp_seq=1 ttl=32', simulator '9 bytes from 10.1.34.163: icmp_seq=1 ttl=64'
# signature: ping|# bytes from #.#.#.#: icmp_seq=# ttl=#|# bytes from #.#.#.#: icmp_seq=# ttl=#
# replay: nslab diff 078-ping.sh
ip link add type veth peer name v2p
sysctl net.ipv4.ip_default_ttl=32
ip addr a 10.1.34.163/16 dev v2p
ping -W 1 -4 -c 3 -s1 10.1.34.163
