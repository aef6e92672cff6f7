# nslab fuzz: minimal reproduction 026-sysctl (shrunk in 27 runs from 36 lines)
# found in scenario 1145 of --seed 2002
# first difference in 'sysctl': kernel 'net.ipv4.conf.all.forwarding = 0', simulator 'net.ipv4.conf.all.forwarding = 1'
# signature: sysctl|net.ipv#.conf.all.forwarding = #|net.ipv#.conf.all.forwarding = #
# replay: nslab diff 026-sysctl.sh
sysctl net.ipv4.ip_forward=1
ip netns add ns2
ip netns exec ns2 sysctl net.ipv4.conf.all.forwarding
