# nslab fuzz: minimal reproduction 031-ip-netns-list-id (shrunk in 80 runs from 32 lines)
# found in scenario 553 of --seed 7001
# first difference in 'ip netns list-id': kernel 'nsid 0 (iproute2 netns name: ns1)', simulator '$ sysctl net.ipv4.conf.all.promote_secondaries'
# signature: ip netns list-id|nsid # (iproute# netns name: ns#)|<next>
# replay: nslab diff 031-ip-netns-list-id.sh
ip netns add ns1
ip netns exec ns1 ip link add type veth peer netns 1
ip -family inet a
ip netns list-id
