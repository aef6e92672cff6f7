# A veth pair whose ends disagree on the MTU. The sender fragments at its own MTU (9000); a frame bigger than the
# peer's MTU plus 18 bytes of link header (is_skb_forwardable) is dropped at once (own TX dropped, peer RX
# dropped) and NET_XMIT_DROP reaches ping's sendmsg as ENOBUFS: ping does not count that echo and retries it
# every SCHINT(interval / 2) ms (at most 500) until the retries add up to -W, then prints "sendmsg: No buffer
# space available", counts it as sent (not as an error) and prints every later failure at once. An IP packet
# of 1504 bytes still passes a 1500-byte peer. The first echo to a neighbour not yet resolved waits in the ARP
# queue and is lost silently when it goes out. The other way, the requests are fragmented at 1500 and the
# 3028-byte replies are dropped silently.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.1.1/24 dev va
ip -n b addr add 10.0.1.2/24 dev vb
ip -n a link set va mtu 9000
ip -n a link set va up
ip -n b link set vb up
ip netns exec a ping -c 3 -i 0.2 -s 3000 -W 1 10.0.1.2
ip netns exec a ping -c 2 -i 0.2 -s 1476 10.0.1.2
ip netns exec a ping -c 2 -i 0.2 -s 1477 -W 1 10.0.1.2
ip netns exec a ping -c 2 -i 0.2 -s 9000 -W 1 10.0.1.2
ip netns exec a ping -c 2 -i 0.2 -q -s 3000 -W 1 10.0.1.2
ip netns exec a ping -c 2 -i 0.2 -s 1472 10.0.1.2
ip netns exec b ping -c 2 -i 0.2 -s 3000 -W 1 10.0.1.1
