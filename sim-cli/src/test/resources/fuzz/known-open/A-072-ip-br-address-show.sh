# nslab fuzz: minimal reproduction 072-ip-br-address-show (shrunk in 60 runs from 29 lines)
# found in scenario 958 of --seed 1001
# first difference in 'ip -br address show': kernel 'v1p@v1           UP             fe80::b4c3:80ff:fe6e:bf39/64 ', simulator 'v1p@v1           UP             fe80::8ff:90ff:fe15:280/64 '
# signature: ip -br address show|v#p@v#           UP             IPV#/# |v#p@v#           UP             IPV#/# 
# replay: nslab diff 072-ip-br-address-show.sh
ip link add v1 type veth peer v1p
ip link set v1p up
ip link set v1 up
ip -brief address
