# nslab fuzz: minimal reproduction 021-ip-route-get (shrunk in 38 runs from 33 lines)
# found in scenario 122 of --seed 1001
# first difference in 'ip route get': kernel '10.1.40.111 dev lo src 10.1.39.47 uid 0 ', simulator '10.1.40.111 via 127.0.0.1 dev lo src 10.1.39.47 uid 0 '
# signature: ip route get|#.#.#.# dev lo src #.#.#.# uid # |#.#.#.# via #.#.#.# dev lo src #.#.#.# uid # 
# replay: nslab diff 021-ip-route-get.sh
ip route add default via 127.0.0.1
ip a add 10.1.39.47/32 dev lo
ip route get 10.1.40.111
