# nslab fuzz: minimal reproduction 016-sysctl (shrunk in 40 runs from 28 lines)
# found in scenario 1035 of --seed 3003
# first difference in 'sysctl': kernel 'net.ipv4.conf.lo.forwarding = 1', simulator '$ sysctl -w net.ipv4.icmp_echo_ignore_all=1'
# signature: sysctl|net.ipv#.conf.lo.forwarding = #|<next>
# replay: nslab diff 016-sysctl.sh
ip netns add ns1
ip netns exec ns1 sysctl -e net.ipv4.conf.lo.forwarding=1
