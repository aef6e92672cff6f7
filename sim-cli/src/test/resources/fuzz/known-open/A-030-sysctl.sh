# nslab fuzz: minimal reproduction 030-sysctl (shrunk in 25 runs from 25 lines)
# found in scenario 194 of --seed 1001
# first difference in 'sysctl': kernel 'net.ipv4.conf.all.rp_filter = 0', simulator 'sysctl: cannot stat /proc/sys/net/ipv4/conf/all/rp_filter: No such file or directory'
# signature: sysctl|net.ipv#.conf.all.rp_filter = #|sysctl: cannot stat /proc/sys/net/ipv#/conf/all/rp_filter: No such file or directory
# replay: nslab diff 030-sysctl.sh
ip netns add ns1
ip netns exec ns1 sysctl net.ipv4.conf.all.rp_filter
