# nslab fuzz: minimal reproduction 031-sysctl (shrunk in 32 runs from 35 lines)
# found in scenario 215 of --seed 1001
# first difference in 'sysctl': kernel 'net.ipv4.route.mtu_expires = 1', simulator '$ ping -i 0.2 -c2 -W1 127.1.2.3'
# signature: sysctl|net.ipv#.route.mtu_expires = #|<next>
# replay: nslab diff 031-sysctl.sh
ip netns add ns1
ip netns exec ns1 sysctl --ignore net.ipv4.route.mtu_expires=1
