# Docker's default network with its NAT, as Debian 12's docker.io 20.10 sets it up: a bridge docker0
# (172.17.0.1/16) in the host, three containers joined to it by veth pairs, and an "outside" namespace the host
# reaches over a second veth (192.168.50.0/24). The outside has no route back to 172.17.0.0/16: only the host's
# MASQUERADE brings the containers' replies home. Docker's filter rules make FORWARD's policy DROP and send
# forwarded packets through DOCKER-USER, DOCKER-ISOLATION-STAGE-1/2 and DOCKER; replies come back through the
# conntrack rule; even frames bridged from container to container pass FORWARD (br_netfilter). Counters show
# which rule took what; conntrack -L shows each container's ping and its mapping.

ip link add docker0 type bridge
ip addr add 172.17.0.1/16 dev docker0
ip link set docker0 up
ip link set lo up

ip netns add c1
ip netns add c2
ip netns add c3
ip link add veth1 type veth peer name eth0 netns c1
ip link add veth2 type veth peer name eth0 netns c2
ip link add veth3 type veth peer name eth0 netns c3
ip link set veth1 master docker0 up
ip link set veth2 master docker0 up
ip link set veth3 master docker0 up
ip -n c1 addr add 172.17.0.2/16 dev eth0
ip -n c2 addr add 172.17.0.3/16 dev eth0
ip -n c3 addr add 172.17.0.4/16 dev eth0
ip -n c1 link set eth0 up
ip -n c2 link set eth0 up
ip -n c3 link set eth0 up
ip -n c1 route add default via 172.17.0.1
ip -n c2 route add default via 172.17.0.1
ip -n c3 route add default via 172.17.0.1

ip netns add outside
ip link add eth1 type veth peer name eth0 netns outside
ip addr add 192.168.50.2/24 dev eth1
ip link set eth1 up
ip -n outside addr add 192.168.50.1/24 dev eth0
ip -n outside link set eth0 up
ip -n outside link set lo up
sysctl -w net.ipv4.ip_forward=1

# Without NAT the containers' pings reach the outside, but its replies have nowhere to go.
ip netns exec c1 ping -c 1 -W 1 192.168.50.1

# What dockerd installs (iptables-save of a fresh Debian 12 host, in dockerd's order).
iptables -t nat -N DOCKER
iptables -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
iptables -t nat -A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER
iptables -t nat -A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
iptables -t nat -A DOCKER -i docker0 -j RETURN
iptables -N DOCKER
iptables -N DOCKER-ISOLATION-STAGE-1
iptables -N DOCKER-ISOLATION-STAGE-2
iptables -N DOCKER-USER
iptables -P FORWARD DROP
iptables -A FORWARD -j DOCKER-USER
iptables -A FORWARD -j DOCKER-ISOLATION-STAGE-1
iptables -A FORWARD -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -A FORWARD -o docker0 -j DOCKER
iptables -A FORWARD -i docker0 ! -o docker0 -j ACCEPT
iptables -A FORWARD -i docker0 -o docker0 -j ACCEPT
iptables -A DOCKER-ISOLATION-STAGE-1 -i docker0 ! -o docker0 -j DOCKER-ISOLATION-STAGE-2
iptables -A DOCKER-ISOLATION-STAGE-1 -j RETURN
iptables -A DOCKER-ISOLATION-STAGE-2 -o docker0 -j DROP
iptables -A DOCKER-ISOLATION-STAGE-2 -j RETURN
iptables -A DOCKER-USER -j RETURN

ip netns exec c1 ping -c 2 -i 0.2 192.168.50.1
ip netns exec c2 ping -c 2 -i 0.2 192.168.50.1
ip netns exec c3 ping -c 1 192.168.50.1
# Container to container: bridged, yet FORWARD sees it as -i docker0 -o docker0 (br_netfilter), and accepts it.
ip netns exec c1 ping -c 1 172.17.0.3
# The outside reaches the host, not the containers behind it.
ip netns exec outside ping -c 1 192.168.50.2
ip netns exec outside ping -c 1 -W 1 172.17.0.2

iptables -t nat -L -n -v
iptables -L FORWARD -n -v
iptables -L DOCKER-ISOLATION-STAGE-1 -n -v
conntrack -L
conntrack -C
iptables-save
