# nslab fuzz: minimal reproduction 005-ping (shrunk in 78 runs from 20 lines)
# found in scenario 870 of --seed 101
# first difference in 'ping': kernel 'ping: sock4.fd: 3 (socktype: SOCK_RAW), sock6.fd: -1 (socktype: 0), hints.ai_family: AF_INET', simulator 'ping: sock4.fd: 3 (socktype: SOCK_RAW), sock6.fd: 4 (socktype: SOCK_RAW), hints.ai_family: AF_UNSPEC'
# signature: ping|ping: sock#.fd: # (socktype: SOCK_RAW), sock#.fd: -# (socktype: #), hints.ai_family: AF_INET|ping: sock#.fd: # (socktype: SOCK_RAW), sock#.fd: # (socktype: SOCK_RAW), hints.ai_family: AF_UNSPEC
# replay: nslab diff 005-ping.sh
ip netns add ns2
ip netns exec ns2 ping -4 -v 10.1.75.110
