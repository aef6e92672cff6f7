# nslab fuzz: minimal reproduction 004-ip-neigh-show (shrunk in 40 runs from 14 lines)
# found in scenario 420 of --seed 3003
# first difference in 'ip neigh show': kernel '10.1.90.103 FAILED ', simulator '10.1.89.150 INCOMPLETE '
# signature: ip neigh show|#.#.#.# FAILED |#.#.#.# INCOMPLETE 
# replay: nslab diff 004-ip-neigh-show.sh
sysctl net.ipv4.conf.all.forwarding=1
ip tap add tap1 mode tap
ip addr a 10.1.89.44/16 dev tap1
ip link set tap1 up
ping -W 1 -i 0.2 -c 3 -l 2 10.1.90.103
ping -c 1 -t 255 -Ilo -W2 10.1.89.150
ip neigh show dev tap1
