# nslab fuzz: minimal reproduction 054-ping (shrunk in 60 runs from 19 lines)
# found in scenario 584 of --seed 1001
# first difference in 'ping': kernel '2 packets transmitted, 0 received, 100% packet loss, time Tms', simulator '2 packets transmitted, 2 received, 0% packet loss, time Tms'
# signature: ping|# packets transmitted, # received, #% packet loss, time Tms|# packets transmitted, # received, #% packet loss, time Tms
# replay: nslab diff 054-ping.sh
ip link add type veth peer v1p
ip addr add 10.1.136.100/24 dev v1p
ping -W 1 -q -I lo -t 1 10.1.136.100
