# nslab fuzz: minimal reproduction 002-sysctl (shrunk in 31 runs from 35 lines)
# found in scenario 0 of --seed 1001
# first difference in 'sysctl': kernel 'net.ipv4.tcp_syncookies = 1', simulator 'sysctl: cannot stat /proc/sys/net/ipv4/tcp_syncookies: No such file or directory'
# signature: sysctl|net.ipv#.tcp_syncookies = #|sysctl: cannot stat /proc/sys/net/ipv#/tcp_syncookies: No such file or directory
# replay: nslab diff 002-sysctl.sh
ip netns add ns2
ip netns exec ns2 sysctl net.ipv4.tcp_syncookies
