# nslab fuzz: minimal reproduction 024-ip-route-get (shrunk in 32 runs from 36 lines)
# found in scenario 156 of --seed 1001
# first difference in 'ip route get': kernel '10.1.166.215 dev lo uid 0 ', simulator '10.1.166.215 via 127.0.0.1 dev lo uid 0 '
# signature: ip route get|#.#.#.# dev lo uid # |#.#.#.# via #.#.#.# dev lo uid # 
# replay: nslab diff 024-ip-route-get.sh
ip route add 10.1.0.0/16 via 127.0.0.1
ip route get 10.1.166.215
