# nslab fuzz: minimal reproduction 025-sysctl (shrunk in 36 runs from 32 lines)
# found in scenario 176 of --seed 1001
# first difference in 'sysctl': kernel 'net.ipv4.conf.lo.forwarding = 1', simulator 'sysctl: cannot stat /proc/sys/net/ipv4/conf/lo/forwarding: No such file or directory'
# signature: sysctl|net.ipv#.conf.lo.forwarding = #|sysctl: cannot stat /proc/sys/net/ipv#/conf/lo/forwarding: No such file or directory
# replay: nslab diff 025-sysctl.sh
ip netns add ns2
ip netns exec ns2 sysctl net.ipv4.conf.lo.forwarding=1
