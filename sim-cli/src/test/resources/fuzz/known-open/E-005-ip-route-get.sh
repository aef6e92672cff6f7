# nslab fuzz: minimal reproduction 005-ip-route-get (shrunk in 40 runs from 35 lines)
# found in scenario 505 of --seed 3003
# first difference in 'ip route get': kernel '127.1.2.3 dev v1 uid 0 ', simulator 'local 127.1.2.3 dev lo src 127.0.0.1 uid 0 '
# signature: ip route get|#.#.#.# dev v# uid # |local #.#.#.# dev lo src #.#.#.# uid # 
# replay: nslab diff 005-ip-route-get.sh
ip link add v1 type veth peer
ip link set v1 up
ip route get 127.1.2.3 oif v1
