# net.ipv4.conf.{all,default,DEV} as devinet.c handles them. A device starts with a copy of default; a write to
# default reaches the existing devices whose own value was never written and which never had an address (lo
# once up counts as having one), except forwarding and promote_secondaries, which only new devices take.
# ip_forward is all.forwarding: a changed value goes to default and to every device (a device can then be set
# apart; writing the same value again does not reach it). Values as proc_dointvec reads them: any int, hex and
# octal, no plus sign, nothing after the number but white space. A device that does not exist is absent. A new
# namespace and a moved device start from the kernel's defaults, not from what the host namespace has.
ip netns add a
ip link add va netns a type veth peer name vb
ip link add vc netns a type veth peer name vd netns a
ip -n a addr add 10.0.0.1/24 dev vc
ip netns exec a sysctl net.ipv4.conf.all.rp_filter net.ipv4.conf.default.rp_filter net.ipv4.conf.va.rp_filter
ip netns exec a sysctl -w net.ipv4.conf.vd.rp_filter=0
ip netns exec a sysctl -w net.ipv4.conf.default.rp_filter=1 net.ipv4.conf.default.arp_ignore=2 net.ipv4.conf.default.promote_secondaries=1 net.ipv4.conf.default.forwarding=1
ip netns exec a sysctl net.ipv4.conf.va.rp_filter net.ipv4.conf.vc.rp_filter net.ipv4.conf.vd.rp_filter net.ipv4.conf.lo.rp_filter
ip netns exec a sysctl net.ipv4.conf.va.arp_ignore net.ipv4.conf.va.promote_secondaries net.ipv4.conf.va.forwarding
ip link add ve netns a type veth peer name vf netns a
ip netns exec a sysctl net.ipv4.conf.ve.rp_filter net.ipv4.conf.ve.promote_secondaries net.ipv4.conf.ve.forwarding
ip netns exec a sysctl -w net.ipv4.conf.all.forwarding=3
ip netns exec a sysctl net.ipv4.ip_forward net.ipv4.conf.va.forwarding net.ipv4.conf.default.forwarding net.ipv4.conf.lo.forwarding
ip netns exec a sysctl -w net.ipv4.conf.va.forwarding=0
ip netns exec a sysctl -w net.ipv4.ip_forward=3
ip netns exec a sysctl net.ipv4.conf.va.forwarding
ip netns exec a sysctl -w net.ipv4.ip_forward=0
ip netns exec a sysctl net.ipv4.conf.va.forwarding net.ipv4.conf.vc.forwarding
ip netns exec a sysctl -w net.ipv4.conf.va.rp_filter=0x2 net.ipv4.conf.va.arp_announce=010 net.ipv4.conf.va.proxy_arp=-1
ip netns exec a sysctl net/ipv4/conf/va/rp_filter net.ipv4.conf.va.arp_announce net.ipv4.conf.va.proxy_arp
ip netns exec a sysctl -w net.ipv4.conf.va.rp_filter=+1
ip netns exec a sysctl -w net.ipv4.conf.va.rp_filter=1x
ip netns exec a sysctl -w "net.ipv4.conf.va.rp_filter=1 2"
ip netns exec a sysctl -w net.ipv4.conf.va.rp_filter=2147483648
ip netns exec a sysctl -w net.ipv4.conf.va.rp_filter=-2147483648
ip netns exec a sysctl -w net.ipv4.conf.va.rp_filter=
ip netns exec a sysctl -n net.ipv4.conf.va.rp_filter
ip netns exec a sysctl net.ipv4.conf.nosuch.rp_filter
ip netns exec a sysctl -w net.ipv4.conf.nosuch.rp_filter=1
ip netns exec a sysctl -e net.ipv4.conf.nosuch.rp_filter
ip netns exec a sysctl net.ipv4.conf.va.no_such_setting
ip netns exec a sysctl -w net.ipv4.icmp_echo_ignore_all=2
ip netns exec a sysctl -w net.ipv4.icmp_echo_ignore_all=0x1
ip netns exec a sysctl -w net.ipv4.icmp_echo_ignore_all=0
ip netns exec a sysctl -w net.ipv4.ip_default_ttl=0x40
ip netns exec a sysctl -q -w net.ipv4.conf.all.log_martians=1
ip netns exec a sysctl net.ipv4.conf.all.log_martians net.ipv4.conf.va.log_martians net.ipv4.conf.all.accept_local net.ipv4.conf.va.arp_filter
sysctl -w net.ipv4.conf.default.rp_filter=2
ip netns add b
ip netns exec b sysctl net.ipv4.conf.default.rp_filter net.ipv4.conf.lo.rp_filter
sysctl -w net.ipv4.ip_forward=1
ip netns add c
ip netns exec c sysctl net.ipv4.ip_forward
ip netns exec a sysctl net.ipv4.conf.default.rp_filter
sysctl net.ipv4.conf.vb.rp_filter
ip link set vb netns b
ip netns exec b sysctl net.ipv4.conf.vb.rp_filter
