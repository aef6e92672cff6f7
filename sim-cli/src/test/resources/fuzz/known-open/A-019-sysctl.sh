# nslab fuzz: minimal reproduction 019-sysctl (shrunk in 7 runs from 22 lines)
# found in scenario 115 of --seed 1001
# first difference in 'sysctl': kernel '0', simulator 'sysctl: cannot stat /proc/sys/net/ipv4/conf/default/forwarding: No such file or directory'
# signature: sysctl|#|sysctl: cannot stat /proc/sys/net/ipv#/conf/default/forwarding: No such file or directory
# replay: nslab diff 019-sysctl.sh
sysctl --values net.ipv4.conf.default.forwarding
