# nslab fuzz: minimal reproduction 008-ip-s-link-show (shrunk in 40 runs from 25 lines)
# found in scenario 539 of --seed 3003
# first difference in 'ip -s link show': kernel '         36000       4      0       0       0       0 ', simulator '         36056       4      0       0       0       0 '
# signature: ip -s link show|         #       #      #       #       #       # |         #       #      #       #       #       # 
# replay: nslab diff 008-ip-s-link-show.sh
ping -s 4486 127.1.2.3
ip -s link
