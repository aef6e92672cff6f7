# nslab fuzz: minimal reproduction 060-ip-br-address-show (shrunk in 60 runs from 16 lines)
# found in scenario 709 of --seed 1001
# first difference in 'ip -br address show': kernel 'r2@ifN           UP             10.1.11.223/24 fe80::5c5d:5cff:fe13:d3e9/64 ', simulator 'r2@ifN           UP             10.1.11.223/24 fe80::8ff:90ff:fe15:280/64 '
# signature: ip -br address show|r#@ifN           UP             #.#.#.#/# IPV#/# |r#@ifN           UP             #.#.#.#/# IPV#/# 
# replay: nslab diff 060-ip-br-address-show.sh
ip netns add ns2
ip link add v1 type veth peer v1p netns ns2
ip addr add 10.1.11.223/24 dev v1
ip link set v1 up
ip -n ns2 link set v1p up
ip link set v1 name r2
ip -br a
