# nslab fuzz: minimal reproduction 023-ip-s-s-link-show (shrunk in 27 runs from 7 lines)
# found in scenario 144 of --seed 1001
# first difference in 'ip -s -s link show': kernel '           840      10      0       0       0       0 ', simulator '           980      10      0       0       0       0 '
# signature: ip -s -s link show|           #      #      #       #       #       # |           #      #      #       #       #       # 
# replay: nslab diff 023-ip-s-s-link-show.sh
ping -w 1 -i 0.2 127.1.2.3
ip -s -s link
