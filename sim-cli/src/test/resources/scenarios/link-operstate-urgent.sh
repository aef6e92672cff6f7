# Urgent link events and default_operstate. A veth whose peer's index differs from its own is urgent: its
# operstate follows at once. Without carrier, a device whose iflink is not its own index is LOWERLAYERDOWN only
# when the device with that index IN ITS OWN NAMESPACE exists and has no carrier either; that device need not be
# its peer. Here w1 (in d) has iflink 2, which in d is the tap t0 (no carrier): LOWERLAYERDOWN; w1p (in e) has
# iflink 3, which no device of e has: DOWN.
ip netns add d
ip netns add e
ip -n d tuntap add dev t0 mode tap
ip -n d link add w1 type veth peer w1p netns e
ip -n d link set w1 up
ip -n d -br link
ip -n e link set w1p up
ip -n d -br addr
ip -n e -br addr
ip -n d route
ip -n d link set w1 down
ip -n e -br link
ip -n e link set w1p down
ip -n d link set w1 up
ip -n d -br link
# Within one namespace the peer is the device found: LOWERLAYERDOWN while it is down.
ip -n d link add x1 type veth peer x2
ip -n d link set x1 up
ip -n d -br link
ip -n d link set x2 up
ip -n d -br link
