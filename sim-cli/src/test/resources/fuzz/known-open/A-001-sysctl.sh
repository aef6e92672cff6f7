# nslab fuzz: minimal reproduction 001-sysctl (shrunk in 2 runs from 36 lines)
# found in scenario 1 of --seed 1001
# first difference in 'sysctl': kernel 'net.ipv4.conf.default.forwarding = 1', simulator 'sysctl: cannot stat /proc/sys/net/ipv4/conf/default/forwarding: No such file or directory'
# signature: sysctl|net.ipv#.conf.default.forwarding = #|sysctl: cannot stat /proc/sys/net/ipv#/conf/default/forwarding: No such file or directory
# replay: nslab diff 001-sysctl.sh
sysctl net.ipv4.conf.default.forwarding=1
