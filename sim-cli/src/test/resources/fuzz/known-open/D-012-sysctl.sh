# nslab fuzz: minimal reproduction 012-sysctl (shrunk in 25 runs from 8 lines)
# found in scenario 2235 of --seed 4004
# first difference in 'sysctl': kernel '0', simulator '1'
# signature: sysctl|#|#
# replay: nslab diff 012-sysctl.sh
sysctl net.ipv4.ip_forward=1
ip netns add ns1
ip netns exec ns1 sysctl -n net.ipv4.ip_forward
