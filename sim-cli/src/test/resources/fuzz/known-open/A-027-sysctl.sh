# nslab fuzz: minimal reproduction 027-sysctl (shrunk in 2 runs from 25 lines)
# found in scenario 178 of --seed 1001
# first difference in 'sysctl': kernel 'net.ipv4.tcp_syncookies = 1', simulator '$ ip netns add ns1'
# signature: sysctl|net.ipv#.tcp_syncookies = #|<next>
# replay: nslab diff 027-sysctl.sh
sysctl --ignore net.ipv4.tcp_syncookies
