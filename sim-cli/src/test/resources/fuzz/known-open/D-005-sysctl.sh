# nslab fuzz: minimal reproduction 005-sysctl (shrunk in 22 runs from 14 lines)
# found in scenario 880 of --seed 4004
# first difference in 'sysctl': kernel '1', simulator 'sysctl: cannot stat /proc/sys/net/ipv4/icmp_ratelimit: No such file or directory'
# signature: sysctl|#|sysctl: cannot stat /proc/sys/net/ipv#/icmp_ratelimit: No such file or directory
# replay: nslab diff 005-sysctl.sh
ip netns add ns1
ip netns exec ns1 sysctl --values net.ipv4.icmp_ratelimit=1
