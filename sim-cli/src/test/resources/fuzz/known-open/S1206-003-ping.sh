# nslab fuzz: minimal reproduction 003-ping (shrunk in 80 runs from 17 lines)
# found in scenario 3925 of --seed 1206
# first difference in 'ping': kernel '', simulator '1460 bytes from 2001:db8:6262::6aa4: icmp_seq=2 ttl=64 time=T ms'
# signature: ping||# bytes from IPV# icmp_seq=# ttl=# time=T ms
# replay: nslab diff 003-ping.sh
ip link add v1 netns 1 type veth peer v1p
ip address add 2001:db8:6262::6aa4/112 dev v1
ip link set 02:8b:6e:ff:0b:36
ping -i 0.2 -W 2 2001:db8:6262::6aa4
ip link set v1 up
ip link set v1p up
ping -c 2 -I v1p -W1 -q -i 0.3 127.1.2.3
ping -i 0.3 -W 1 -s 1452 -c 2 -I v1 2001:db8:6262::6aa4
