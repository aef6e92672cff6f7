# nslab fuzz: minimal reproduction 035-ip-s-s-link-show (shrunk in 9 runs from 46 lines)
# found in scenario 281 of --seed 1001
# first difference in 'ip -s -s link show': kernel '    RX errors:  length    crc   frame    fifo overrun', simulator '    TX:  bytes packets errors dropped carrier collsns           '
# signature: ip -s -s link show|    RX errors:  length    crc   frame    fifo overrun|    TX:  bytes packets errors dropped carrier collsns           
# replay: nslab diff 035-ip-s-s-link-show.sh
ip -s -s link
