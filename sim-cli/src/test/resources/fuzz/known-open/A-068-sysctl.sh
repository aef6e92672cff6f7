# nslab fuzz: minimal reproduction 068-sysctl (shrunk in 39 runs from 21 lines)
# found in scenario 825 of --seed 1001
# first difference in 'sysctl': kernel '$ ip netns add ns3', simulator 'sysctl: cannot stat /proc/sys/net/ipv4/conf/lo/forwarding: No such file or directory'
# signature: sysctl|<next>|sysctl: cannot stat /proc/sys/net/ipv#/conf/lo/forwarding: No such file or directory
# replay: nslab diff 068-sysctl.sh
ip netns add ns2
ip netns exec ns2 sysctl -q net.ipv4.conf.lo.forwarding=1
