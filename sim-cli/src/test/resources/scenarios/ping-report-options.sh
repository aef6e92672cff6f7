# ping's reporting and packet options: -O says "no answer yet for icmp_seq=N" before each send whose previous
# echo is unanswered; -D puts gettimeofday's [seconds.microseconds] before reply, error and -O lines; -p fills the
# data with up to 16 bytes of hex pattern (PATTERN line, not under -q; the send time still takes the first 16
# bytes) and refuses other characters; -Q sets the TOS byte (decimal or 0x hex, at most 255; below -1 the IPv6
# socket's IPV6_TCLASS refuses it).
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.1.0.1/24 dev va
ip -n b addr add 10.1.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a ping -c 3 -i 0.2 -O -W 1 10.1.0.9
ip netns exec a ping -c 2 -i 0.2 -O 10.1.0.2
ip netns exec a ping -c 2 -i 0.2 -D 10.1.0.2
ip netns exec a ping -c 2 -i 0.2 -D -O -W 1 10.1.0.8
ip netns exec a ping -c 1 -p ab 10.1.0.2
ip netns exec a ping -c 1 -p 0123456789abcdef0123456789abcdef0011 10.1.0.2
ip netns exec a ping -c 1 -p abc 10.1.0.2
ip netns exec a ping -c 1 -q -p ff 10.1.0.2
ip netns exec a ping -c 1 -s 4 -p a1b2c3 10.1.0.2
ip netns exec a ping -c 1 -p xyz 10.1.0.2
ip netns exec a ping -c 1 -p 12g4 10.1.0.2
ip netns exec a ping -c 1 -p ab 10.9.9.9
ip netns exec a ping -c 1 -Q 0x10 10.1.0.2
ip netns exec a ping -c 1 -Q 184 10.1.0.2
ip netns exec a ping -c 1 -Q 256 10.1.0.2
ip netns exec a ping -c 1 -Q 0x1ff 10.1.0.2
ip netns exec a ping -c 1 -Q abc 10.1.0.2
ip netns exec a ping -c 1 -Q 12x 10.1.0.2
ip netns exec a ping -c 1 -Q -5 -p 01 10.1.0.2
ip netns exec a ping -c 1 -Q -1 10.1.0.2
ip netns exec a ping -c 1 -Q " 7" 10.1.0.2
ip netns exec a ping -c 1 -Q 0x 10.1.0.2
