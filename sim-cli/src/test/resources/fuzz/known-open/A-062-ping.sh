# nslab fuzz: minimal reproduction 062-ping (shrunk in 60 runs from 26 lines)
# found in scenario 719 of --seed 1001
# first difference in 'ping': kernel '2 packets transmitted, 0 received, 100% packet loss, time Tms', simulator '2 packets transmitted, 0 received, +2 errors, 100% packet loss, time Tms'
# signature: ping|# packets transmitted, # received, #% packet loss, time Tms|# packets transmitted, # received, +# errors, #% packet loss, time Tms
# replay: nslab diff 062-ping.sh
ip link add v1 type veth
sysctl net.ipv4.ip_forward=-1
ip route add default via 127.0.0.1
ip addr a 10.1.72.98/25 dev v1
ping -c 2 -W 1 -q -i 0.2 10.1.72.8
