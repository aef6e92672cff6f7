# nslab fuzz: minimal reproduction 016-sysctl (shrunk in 28 runs from 19 lines)
# found in scenario 592 of --seed 2002
# first difference in 'sysctl': kernel 'net.ipv4.ip_forward = 0', simulator 'net.ipv4.ip_forward = 1'
# signature: sysctl|net.ipv#.ip_forward = #|net.ipv#.ip_forward = #
# replay: nslab diff 016-sysctl.sh
sysctl net.ipv4.conf.all.forwarding=1
ip netns add ns1
ip netns exec ns1 sysctl net.ipv4.ip_forward
