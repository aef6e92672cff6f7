# nslab fuzz: minimal reproduction 015-ip-netns-list-id (shrunk in 40 runs from 26 lines)
# found in scenario 992 of --seed 3003
# first difference in 'ip netns list-id': kernel 'nsid 0 (iproute2 netns name: ns1)', simulator '$ ip link set lo up'
# signature: ip netns list-id|nsid # (iproute# netns name: ns#)|<next>
# replay: nslab diff 015-ip-netns-list-id.sh
ip netns add ns1
ip link add v1 netns ns1 type veth peer name v1p netns 1
ip link show master v1p
ip netns list-id
