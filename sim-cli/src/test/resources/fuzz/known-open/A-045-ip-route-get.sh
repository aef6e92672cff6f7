# nslab fuzz: minimal reproduction 045-ip-route-get (shrunk in 60 runs from 21 lines)
# found in scenario 448 of --seed 1001
# first difference in 'ip route get': kernel '10.1.135.47 dev lo src 10.1.135.47 uid 0 ', simulator 'local 10.1.135.47 dev lo src 10.1.135.47 uid 0 '
# signature: ip route get|#.#.#.# dev lo src #.#.#.# uid # |local #.#.#.# dev lo src #.#.#.# uid # 
# replay: nslab diff 045-ip-route-get.sh
ip link add type veth peer v1p
ip a add 10.1.135.47/24 dev v1p
ip route get 10.1.135.47 dev lo
