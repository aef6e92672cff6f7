# nslab fuzz: minimal reproduction 011-ip-s-link-show (shrunk in 60 runs from 18 lines)
# found in scenario 30 of --seed 1001
# first difference in 'ip -s link show': kernel '          1344      16      0       0       0       0 ', simulator '          1568      16      0       0       0       0 '
# signature: ip -s link show|          #      #      #       #       #       # |          #      #      #       #       #       # 
# replay: nslab diff 011-ip-s-link-show.sh
ip tuntap add mode tap tap1
ip addr a 10.1.130.110/24 dev tap1
ping -W 1 -i0.2 10.1.130.110
ping -n -i 0.2 10.1.130.110
ip -s link
