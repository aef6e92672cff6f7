# nslab fuzz: minimal reproduction 013-ip-br-4-address-show (shrunk in 60 runs from 24 lines)
# found in scenario 461 of --seed 2002
# first difference in 'ip -br -4 address show': kernel 'v1@ifN           UP             10.1.136.137/24 ', simulator 'v1@ifN           DOWN           10.1.136.137/24 '
# signature: ip -br -4 address show|v#@ifN           UP             #.#.#.#/# |v#@ifN           DOWN           #.#.#.#/# 
# replay: nslab diff 013-ip-br-4-address-show.sh
ip netns add ns2
ip link add v1 type veth peer name v1p netns ns2
ip addr add 10.1.136.137/24 dev v1
ip link set v1 up
ip -n ns2 link set v1p up
ip -n ns2 link set v1p down
ip -br -4 a
