# nslab fuzz: minimal reproduction 003-ip-s-link-show (shrunk in 40 runs from 12 lines)
# found in scenario 579 of --seed 4004
# first difference in 'ip -s link show': kernel '           672      12      0       0       0       0 ', simulator '           840      12      0       0       0       0 '
# signature: ip -s link show|           #      #      #       #       #       # |           #      #      #       #       #       # 
# replay: nslab diff 003-ip-s-link-show.sh
ping -s 0 -c 3 -W 1 127.1.2.3
ip link add type veth peer name v2p
ip addr add 10.1.74.127/30 dev v2p
ping -W1 -c 3 10.1.74.127
ip -s link show lo
