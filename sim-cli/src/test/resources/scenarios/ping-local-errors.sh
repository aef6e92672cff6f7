# ping's datagrams over 65535 bytes. raw_sendmsg refuses an ICMP message over 65535 bytes (-s 65528 and up) with
# EMSGSIZE and nothing on the error queue: ping counts the echo as sent and says nothing. From -s 65508 to 65527
# the IP datagram is over 65535: ip_append_data queues a local error with the route's MTU (at most 65535, so lo's
# 65536 reads 65535), which ping prints and counts as an error; under -q it neither prints nor counts it.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.1.1/24 dev va
ip -n b addr add 10.0.1.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip -n a link set lo up
ip netns exec a ping -c 2 -i 0.2 -s 65507 10.0.1.2
ip netns exec a ping -c 2 -i 0.2 -s 65508 10.0.1.2
ip netns exec a ping -c 2 -i 0.2 -s 65527 10.0.1.2
ip netns exec a ping -c 2 -i 0.2 -s 65528 -W 1 10.0.1.2
ip netns exec a ping -c 1 -s 70000 -W 1 10.0.1.2
ip netns exec a ping -c 2 -i 0.2 -s 65508 127.0.0.1
ip netns exec a ping -c 1 -s 65508 10.0.1.1
ip netns exec a ping -c 2 -i 0.2 -q -s 65508 -W 1 10.0.1.2
