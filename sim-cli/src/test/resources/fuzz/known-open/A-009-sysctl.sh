# nslab fuzz: minimal reproduction 009-sysctl (shrunk in 1 runs from 17 lines)
# found in scenario 28 of --seed 1001
# first difference in 'sysctl': kernel 'net.ipv4.ip_no_pmtu_disc = 1', simulator 'sysctl: cannot stat /proc/sys/net/ipv4/ip_no_pmtu_disc: No such file or directory'
# signature: sysctl|net.ipv#.ip_no_pmtu_disc = #|sysctl: cannot stat /proc/sys/net/ipv#/ip_no_pmtu_disc: No such file or directory
# replay: nslab diff 009-sysctl.sh
sysctl net/ipv4/ip_no_pmtu_disc=1
