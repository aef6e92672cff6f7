# nslab fuzz: minimal reproduction 015-sysctl (shrunk in 28 runs from 6 lines)
# found in scenario 584 of --seed 2002
# first difference in 'sysctl': kernel 'null', simulator 'sysctl: cannot stat /proc/sys/net/ipv4/tcp_syncookies: No such file or directory'
# signature: sysctl|<next>|sysctl: cannot stat /proc/sys/net/ipv#/tcp_syncookies: No such file or directory
# replay: nslab diff 015-sysctl.sh
ip netns add ns2
ip netns exec ns2 sysctl --quiet net.ipv4.tcp_syncookies=1
