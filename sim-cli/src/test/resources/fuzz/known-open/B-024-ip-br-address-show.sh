# nslab fuzz: minimal reproduction 024-ip-br-address-show (shrunk in 60 runs from 35 lines)
# found in scenario 1110 of --seed 2002
# first difference in 'ip -br address show': kernel 'v1@v1p           DOWN           10.1.135.174/24 10.1.135.221/16 10.1.135.111/24 ', simulator 'v1@v1p           DOWN           10.1.135.174/24 10.1.135.111/24 10.1.135.221/16 '
# signature: ip -br address show|v#@v#p           DOWN           #.#.#.#/# #.#.#.#/# #.#.#.#/# |v#@v#p           DOWN           #.#.#.#/# #.#.#.#/# #.#.#.#/# 
# replay: nslab diff 024-ip-br-address-show.sh
ip link add v1 type veth peer v1p
ip addr add 10.1.135.174/24 dev v1
ip address add 10.1.135.111/24 dev v1
ip addr add 10.1.135.221/16 dev v1
ip -br addr
