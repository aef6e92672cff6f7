# ip route show's prefix selectors are two slots, filter.rdst (root P) and filter.mdst (match P), and exact P (or a
# bare prefix) sets both; a later selector replaces an earlier one (iproute_list_flush_or_save), so "root A exact B"
# lists B's route alone (fuzz seed 1203, 001).
ip netns add a
ip -n a link add v1 type veth peer v1p
ip -n a addr add 10.1.137.102/24 dev v1p
ip -n a addr add 10.1.138.1/24 dev v1
ip -n a link set v1 up
ip -n a link set v1p up
ip -n a route add 10.1.137.128/25 via 10.1.137.1
ip -n a route add 10.1.0.0/16 via 10.1.138.9
ip -n a r s root 10.1.137.253/32 exact 10.1.137.0/24
ip -n a route show exact 10.1.137.0/24 root 10.1.0.0/16
ip -n a route show match 10.1.137.200 root 10.1.137.0/24
ip -n a route show root 10.1.137.0/24 match 10.1.137.200/32
ip -n a route show match 10.1.137.200 match 10.1.138.7
ip -n a route show root 10.1.0.0/16 10.1.138.0/24
