# nslab fuzz: minimal reproduction 007-sysctl (shrunk in 7 runs from 30 lines)
# found in scenario 1232 of --seed 4004
# first difference in 'sysctl': kernel '1', simulator 'sysctl: cannot stat /proc/sys/net/ipv4/tcp_syncookies: No such file or directory'
# signature: sysctl|#|sysctl: cannot stat /proc/sys/net/ipv#/tcp_syncookies: No such file or directory
# replay: nslab diff 007-sysctl.sh
sysctl -n net.ipv4.tcp_syncookies=1
