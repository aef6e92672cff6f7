# nslab fuzz: minimal reproduction 033-ip-route-get (shrunk in 16 runs from 34 lines)
# found in scenario 257 of --seed 1001
# first difference in 'ip route get': kernel '    cache <local> ', simulator '    cache '
# signature: ip route get|    cache <local> |    cache 
# replay: nslab diff 033-ip-route-get.sh
ip route get 10.1.34.32 oif lo
