# nslab fuzz: minimal reproduction 085-sysctl (shrunk in 9 runs from 45 lines)
# found in scenario 1124 of --seed 1001
# first difference in 'sysctl': kernel '1', simulator 'sysctl: cannot stat /proc/sys/net/ipv4/conf/all/rp_filter: No such file or directory'
# signature: sysctl|#|sysctl: cannot stat /proc/sys/net/ipv#/conf/all/rp_filter: No such file or directory
# replay: nslab diff 085-sysctl.sh
sysctl --values net.ipv4.conf.all.rp_filter=1
