# nslab fuzz: minimal reproduction 038-sysctl (shrunk in 2 runs from 13 lines)
# found in scenario 372 of --seed 1001
# first difference in 'sysctl': kernel 'net.ipv4.route.mtu_expires = 600', simulator 'sysctl: cannot stat /proc/sys/net/ipv4/route/mtu_expires: No such file or directory'
# signature: sysctl|net.ipv#.route.mtu_expires = #|sysctl: cannot stat /proc/sys/net/ipv#/route/mtu_expires: No such file or directory
# replay: nslab diff 038-sysctl.sh
sysctl net.ipv4.route.mtu_expires
