# Errors of "ip link": absent devices, duplicate names, bad veth/tuntap arguments, bad set arguments (mtu,
# address, name, netns), moving lo, moving onto a name that exists, deleting lo.
ip netns add a
ip netns add b
ip link add va type veth peer name vb
ip link add va type veth peer name vc
ip link add vd type veth peer name vb
ip link add vx type veth peer name vx
ip link add ve type bogus
ip link add type veth peer name vf
ip link add vg type veth peer
ip link set nosuch up
ip link del nosuch
ip link show nosuch
ip link show dev nosuch
ip link set va
ip link set va bogus
ip link set va mtu
ip link set va mtu abc
ip link set va mtu 10
ip link set va mtu 100000
ip link set va address 01:00:00:00:00:01
ip link set va address zz:00:00:00:00:01
ip link set va address 02:00:00:00
ip link set va name vb
ip link set va name ''
ip link set va name aaaaaaaaaaaaaaaaaaaa
ip link set va netns nowhere
ip link set va netns 99999
ip link set lo netns a
ip link add vb2 netns a type veth peer name vb3
ip link set vb netns b
ip link add vb netns b type veth peer name vbb
ip link set va name vb
ip link set va up
ip link set va name vz
ip -n b link set vb netns 1
ip link del lo
ip tuntap add dev t0 mode tun0
ip tuntap add dev t0
ip tuntap add dev t0 mode tap
ip tuntap add dev t0 mode tap
ip tuntap del dev nosuch mode tap
ip tuntap del dev t0 mode tap
ip link show
