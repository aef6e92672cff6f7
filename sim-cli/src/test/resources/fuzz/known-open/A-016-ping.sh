# nslab fuzz: minimal reproduction 016-ping (shrunk in 19 runs from 25 lines)
# found in scenario 77 of --seed 1001
# first difference in 'ping': kernel 'ping: local error: message too long, mtu=65535', simulator ''
# signature: ping|ping: local error: message too long, mtu=#|
# replay: nslab diff 016-ping.sh
ping -s 65508 127.0.0.1
