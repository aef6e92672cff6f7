# nslab fuzz: minimal reproduction 002-sysctl (shrunk in 5 runs from 8 lines)
# found in scenario 276 of --seed 20261201
# first difference in 'sysctl': kernel 'net.ipv4.conf.all.rp_filter = 1', simulator '$ ping -c 2 -i 0.2 -W1 127.0.0.1'
# signature: sysctl|net.ipv#.conf.all.rp_filter = #|<next>
# replay: nslab diff 002-sysctl.sh
sysctl -e net.ipv4.conf.all.rp_filter=1
