# Every error of "ip netns" nslab supports: add twice, delete an absent name, exec / -n into an absent namespace,
# invalid names, missing arguments.
ip netns add a
ip netns add a
ip netns delete nowhere
ip netns del nowhere
ip netns exec nowhere ip link
ip -n nowhere link
ip -n nowhere addr
ip netns add "bad/name"
ip netns add 'has space'
ip netns add ..
ip netns add .
ip netns add ''
ip netns add
ip netns delete
ip netns exec
ip netns exec a
ip netns list-id nowhere
ip netns bogus
ip bogus
ip -n
ip netns list
