# nslab fuzz: minimal reproduction 019-sysctl (shrunk in 4 runs from 29 lines)
# found in scenario 780 of --seed 2002
# first difference in 'sysctl': kernel '1', simulator 'sysctl: cannot stat /proc/sys/net/ipv4/route/mtu_expires: No such file or directory'
# signature: sysctl|#|sysctl: cannot stat /proc/sys/net/ipv#/route/mtu_expires: No such file or directory
# replay: nslab diff 019-sysctl.sh
sysctl -n net.ipv4.route.mtu_expires=1
