# Where in its timer bucket the link watch's deferred run falls (found by nslab fuzz, seed 1204). Creating the pair
# was a full run, so a same-index veth end whose carrier comes on waits for that run's second to end. The delayed
# work goes through the timer wheel, whose bucket for a timer most of a second ahead is 8 jiffies (32 ms) wide:
# the run comes 1000 to 1032 ms after the pair's creation, by the phase of the kernel's tick, which a scenario
# cannot know. A read a second and 20 ms later (a 1-second ping through ip netns exec) finds v1p UP in most runs
# (12 of 12 measured), one a few ms after the second did NO-CARRIER in 5 of 12; nslab runs the work in the
# middle of its bucket, the outcome the kernel prints more often.
ip netns add ns1
ip netns add ns2
ip -n ns1 link add v1 type veth peer v1p netns ns2
ip netns exec ns1 ip addr add 10.1.187.122/24 dev v1
ip -n ns1 link set v1 up
ip -n ns2 addr add 10.1.187.121/24 dev v1p
ip netns exec ns2 ip link set v1p up
# Within the second: a dump does not handle the pending event.
ip -n ns2 -br link
ip netns exec ns1 ping -W 1 -I 10.1.187.122 -c1 10.1.187.174
ip netns exec ns2 ip -br -4 a
