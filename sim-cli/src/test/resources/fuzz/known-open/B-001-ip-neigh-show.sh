# nslab fuzz: minimal reproduction 001-ip-neigh-show (shrunk in 60 runs from 36 lines)
# found in scenario 54 of --seed 2002
# first difference in 'ip neigh show': kernel '$ ping -t 3 -w 1 10.1.45.183 -i 0.2', simulator '10.1.44.167 INCOMPLETE '
# signature: ip neigh show|<next>|#.#.#.# INCOMPLETE 
# replay: nslab diff 001-ip-neigh-show.sh
ip tuntap add tap1 mode tap
ip address add 10.1.43.118/24 dev tap1
ip link set dev tap1 up
ping -W 1 -I tap1 -q -c 1 10.1.44.167
ip address flush dev tap1
ip neigh show dev tap1
