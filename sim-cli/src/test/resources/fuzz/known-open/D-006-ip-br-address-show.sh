# nslab fuzz: minimal reproduction 006-ip-br-address-show (shrunk in 40 runs from 12 lines)
# found in scenario 1204 of --seed 4004
# first difference in 'ip -br address show': kernel 'br3              UNKNOWN        fe80::6437:baff:fe19:d19f/64 ', simulator 'br3              UNKNOWN        fe80::ec6c:d7ff:fe36:3ca5/64 '
# signature: ip -br address show|br#              UNKNOWN        IPV#/# |br#              UNKNOWN        IPV#/# 
# replay: nslab diff 006-ip-br-address-show.sh
ip link add br3 type bridge
ip link set br3 up
ip -br a
