# nslab fuzz: minimal reproduction 002-sysctl (shrunk in 5 runs from 25 lines)
# found in scenario 2017 of --seed 202
# first difference in 'sysctl': kernel 'net.ipv4.neigh.lo.retrans_time_ms = 8', simulator 'net.ipv4.neigh.lo.retrans_time_ms = 10'
# signature: sysctl|net.ipv#.neigh.lo.retrans_time_ms = #|net.ipv#.neigh.lo.retrans_time_ms = #
# replay: nslab diff 002-sysctl.sh
sysctl net.ipv4.neigh.lo.retrans_time=1
sysctl net.ipv4.neigh.lo.retrans_time_ms
