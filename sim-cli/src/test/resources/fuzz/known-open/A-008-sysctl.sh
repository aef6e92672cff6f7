# nslab fuzz: minimal reproduction 008-sysctl (shrunk in 4 runs from 21 lines)
# found in scenario 24 of --seed 1001
# first difference in 'sysctl': kernel 'net.ipv4.icmp_ratelimit = 1', simulator 'sysctl: cannot stat /proc/sys/net/ipv4/icmp_ratelimit: No such file or directory'
# signature: sysctl|net.ipv#.icmp_ratelimit = #|sysctl: cannot stat /proc/sys/net/ipv#/icmp_ratelimit: No such file or directory
# replay: nslab diff 008-sysctl.sh
sysctl net.ipv4.icmp_ratelimit=1
