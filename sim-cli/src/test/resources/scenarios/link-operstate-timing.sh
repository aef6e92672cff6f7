# When the operational state follows a carrier change (net/core/link_watch.c). A carrier change sets LOWER_UP at
# once, but the operstate, IFF_RUNNING (so NO-CARRIER), the IPv6 link-local address and routes' linkdown follow
# only when linkwatch handles the device. An event is urgent (handled at once) when the device's iflink differs
# from its ifindex; here v1 (index 2) and v1p (index 2 in a fresh namespace) are each other's iflink, so theirs
# are not, and linkwatch handles those at most once a second. Creating the pair was such a run.
ip netns add a
ip link add v1 type veth peer v1p netns a
ip -n a addr add 10.9.0.2/24 dev v1p
ip addr add 10.9.0.1/24 dev v1
ip link set v1 up
# v1's carrier comes on too; v1 is urgent after all, since its queue still waits for a carrier (qdisc_tx_changing).
ip -n a link set v1p up
ip -n a -br addr
ip -br addr
ip -n a -br link
ip -n a route
# Time passes: the second ends and the deferred event is handled.
ping -c 4 -i 0.5 10.9.0.2
ip -n a -br addr
ip -n a -br link
# A carrier loss within the second after that run: RUNNING stays, LOWER_UP goes, the route is not linkdown yet.
ip link set v1 down
ip -n a -br link
# Printing the route names its device, an RTM_GETLINK that handles v1p's event (linkwatch_sync_dev): the next
# listing has linkdown.
ip -n a route
ip -n a route
ip -n a -br link
ip link set v1 up
ip -n a -br link
# Asking for the one device (ip link show DEV) handles its event too.
ip link set v1 down
ip -n a link show v1p
ip -n a route
