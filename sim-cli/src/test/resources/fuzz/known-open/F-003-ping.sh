# nslab fuzz: minimal reproduction 003-ping (shrunk in 80 runs from 20 lines)
# found in scenario 24 of --seed 7001
# first difference in 'ping': kernel '3 packets transmitted, 0 received, 100% packet loss, time Tms', simulator '3 packets transmitted, 3 received, 0% packet loss, time Tms'
# signature: ping|# packets transmitted, # received, #% packet loss, time Tms|# packets transmitted, # received, #% packet loss, time Tms
# replay: nslab diff 003-ping.sh
ip link add type veth peer v1p
ip address add 10.1.178.40/28 dev v1p
ping -i0.3 -I lo -q 10.1.178.40
