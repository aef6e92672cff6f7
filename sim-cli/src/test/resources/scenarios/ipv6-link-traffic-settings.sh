# What a link's IPv6 sends by itself depends on net.ipv6.conf (IPV6.md 2b, 2c). A router (all.forwarding=1 before
# its devices arrive: they take default, which all's write set too) joins ff02::2 and, once its link-local is valid,
# the subnet-router anycast's group ff02::1:ff00:0, and never solicits routers: 7 frames, 746 bytes, all within 3 s.
ip netns add r
ip netns add s
ip netns exec r sysctl -w net.ipv6.conf.all.forwarding=1
ip netns exec s sysctl -w net.ipv6.conf.all.forwarding=1
ip netns exec r sysctl net.ipv6.conf.default.forwarding
ip link add vr netns r type veth peer name vs netns s
ip netns exec r sysctl net.ipv6.conf.vr.forwarding net.ipv6.conf.vr.accept_dad net.ipv6.conf.lo.accept_dad
ip -n r addr add 10.6.2.1/24 dev vr
ip -n s addr add 10.6.2.2/24 dev vs
ip -n r link set vr up
ip -n s link set vs up
ip netns exec r ping -q -c 7 -i 1 10.6.2.2
ip -n r -s link show vr
# Without DAD (default.accept_dad=0 before the devices arrive) the link-local is valid at once: its reports and
# the first router solicitation go out together, then two more reports, and solicitations 4 and 8 s apart.
ip netns add t
ip netns add u
ip netns exec t sysctl -w net.ipv6.conf.default.accept_dad=0
ip netns exec u sysctl -w net.ipv6.conf.default.accept_dad=0
ip link add vt netns t type veth peer name vu netns u
ip netns exec t sysctl net.ipv6.conf.all.accept_dad net.ipv6.conf.vt.accept_dad net.ipv6.conf.vt.dad_transmits
ip -n t addr add 10.6.3.1/24 dev vt
ip -n u addr add 10.6.3.2/24 dev vu
ip -n t link set vt up
ip -n u link set vu up
ip netns exec t ping -q -c 21 -i 1 10.6.3.2
ip -n t -s link show vt
ip netns exec t sysctl net.ipv6.conf.vt.router_solicitations net.ipv6.conf.vt.router_solicitation_interval net.ipv6.conf.vt.router_solicitation_delay net.ipv6.conf.vt.router_solicitation_max_interval net.ipv6.conf.vt.mldv2_unsolicited_report_interval
