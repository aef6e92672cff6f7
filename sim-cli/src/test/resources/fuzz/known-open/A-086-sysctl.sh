# nslab fuzz: minimal reproduction 086-sysctl (shrunk in 4 runs from 22 lines)
# found in scenario 1143 of --seed 1001
# first difference in 'sysctl': kernel '$ ip link add v1 type veth peer name v1p', simulator 'sysctl: cannot stat /proc/sys/net/ipv4/conf/all/rp_filter: No such file or directory'
# signature: sysctl|<next>|sysctl: cannot stat /proc/sys/net/ipv#/conf/all/rp_filter: No such file or directory
# replay: nslab diff 086-sysctl.sh
sysctl --quiet net.ipv4.conf.all.rp_filter=1
