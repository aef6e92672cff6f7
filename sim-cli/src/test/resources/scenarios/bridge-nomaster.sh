# A bridge's address, carrier and MTU follow its ports: a new bridge keeps its random address and has carrier
# (operstate UNKNOWN) until its first port comes; then it takes the smallest port address, has carrier only while
# a port forwards, and after the last port leaves its address is all zeros. Also the errors of master/nomaster.
ip link add br0 type bridge
ip link show br0
bridge fdb show
ip link set br0 up
ip link show br0
bridge fdb show
ip link add v1 type veth peer name v1p
ip link set v1 master br0
ip link show br0
bridge link
ip link set v1 up
bridge link
# The forwarding database before the peer comes up: once it is up, its IPv6 autoconfiguration traffic (which
# nslab does not simulate) teaches the bridge the peer's address at a moment that varies from run to run.
bridge fdb show br br0
ip link set v1p up
ip link show br0
bridge link
ip link show master br0
ip link set v1 mtu 1400
ip link show br0
ip link set v1 nomaster
ip link show br0
ip link show v1
bridge link
ip link set v1 nomaster
ip link add br1 type bridge
ip link set br1 master br0
ip link set lo master br0
ip link set v1 master v1p
ip link set v1 master nope
ip link show master nope
ip link show master v1p
bridge fdb show br nope
bridge fdb show dev nope
bridge foo
ip link set v1 master br0
ip link show br0
ip link del v1
ip link show br0
bridge link
