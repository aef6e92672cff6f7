# nslab fuzz: minimal reproduction 011-sysctl (shrunk in 4 runs from 21 lines)
# found in scenario 1833 of --seed 4004
# first difference in 'sysctl': kernel '$ ip n', simulator 'sysctl: cannot stat /proc/sys/net/ipv4/ip_no_pmtu_disc: No such file or directory'
# signature: sysctl|<next>|sysctl: cannot stat /proc/sys/net/ipv#/ip_no_pmtu_disc: No such file or directory
# replay: nslab diff 011-sysctl.sh
sysctl -q net.ipv4.ip_no_pmtu_disc=1
