# nslab fuzz: minimal reproduction 009-sysctl (shrunk in 31 runs from 27 lines)
# found in scenario 621 of --seed 3003
# first difference in 'sysctl': kernel 'net.ipv4.ip_forward = 0', simulator 'net.ipv4.ip_forward = -1'
# signature: sysctl|net.ipv#.ip_forward = #|net.ipv#.ip_forward = -#
# replay: nslab diff 009-sysctl.sh
sysctl net.ipv4.ip_forward=-1
ip netns add ns1
ip netns exec ns1 sysctl net.ipv4.ip_forward
