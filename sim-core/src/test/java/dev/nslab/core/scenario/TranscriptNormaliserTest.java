package dev.nslab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

class TranscriptNormaliserTest
{
    /**
     * The commands of these tests that list neighbours, named one by one: which commands do is sim-cli's to say
     * (with ip's syntax, tested there); here only what the normaliser does with the answer is tested.
     */
    static final Predicate<List<String>> NEIGHBOUR_LISTINGS = words -> Set.of("ip neigh", "ip n", "ip -j neigh",
        "ip netns exec r ip n").contains(String.join(" ", words));

    @Test
    void shouldMaskMacsButKeepZeroAndBroadcast()
    {
        assertNormalised(
            "$ ip l\n    link/ether 52:bf:f8:2f:A4:7b brd ff:ff:ff:ff:ff:ff\n    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n",
            "$ ip l\n    link/ether xx:xx:xx:xx:xx:xx brd ff:ff:ff:ff:ff:ff\n    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n");
    }

    @Test
    void shouldMaskTheSolicitedNodeGroupsOfAddressesNoCommandWrote()
    {
        // ff02::1:ff00:1 is 2001:db8::1's group (the scenario wrote it), ff02::1:ff15:280 a link-local's (MAC-made);
        // ff02::1:ff04:506 is fd00::1.4.5.6's, written with an embedded IPv4 tail.
        assertNormalised("$ ip addr add 2001:db8::1/64 dev va nodad\n$ ping -c 1 fd00::1.4.5.6%va\n$ ip n\n"
                + "ff02::1:ff15:280 dev va lladdr 33:33:ff:15:02:80 NOARP \n"
                + "ff02::1:ff00:1 dev va lladdr 33:33:ff:00:00:01 NOARP \n"
                + "ff02::1:ff04:506 dev va lladdr 33:33:ff:04:05:06 NOARP \n",
            "$ ip addr add 2001:db8::1/64 dev va nodad\n$ ping -c 1 fd00::1.4.5.6%va\n$ ip n\n"
                + "ff02::1:ff00:1 dev va lladdr xx:xx:xx:xx:xx:xx NOARP \n"
                + "ff02::1:ff04:506 dev va lladdr xx:xx:xx:xx:xx:xx NOARP \n"
                + "ff02::1:ffxx:xxxx dev va lladdr xx:xx:xx:xx:xx:xx NOARP \n");
    }

    @Test
    void shouldReadTheLow24BitsOfWrittenAddresses()
    {
        assertEquals(0x000001, TranscriptNormaliser.low24("2001:db8::1"));
        assertEquals(0x000000, TranscriptNormaliser.low24("::"));
        assertEquals(0xabcdef, TranscriptNormaliser.low24("1:2:3:4:5:6:12ab:cdef"));
        assertEquals(0x000002, TranscriptNormaliser.low24("fd00::2:0:0:2"));
        assertEquals(-1, TranscriptNormaliser.low24("52:bf:f8:2f:a4:7b"), "a MAC");
        assertEquals(-1, TranscriptNormaliser.low24("fd00::ab.1.2.3"), "no dotted quad");
    }

    @Test
    void shouldNotTakeIpv6GroupsForMacs()
    {
        assertNormalised("$ ip -br a\nva UP 10.0.0.1/24 fd00::50bf:f8ff:fe2f:a47c/64 \n",
            "$ ip -br a\nva UP 10.0.0.1/24 fd00::xxxx:xxff:fexx:xxxx/64 \n");
    }

    @Test
    void shouldMaskInterfaceIdentifiersMadeFromMacs()
    {
        // 52:bf:f8:2f:a4:7b, 0a:00:00:15:02:80 and 02:00:00:11:22:33 as addrconf makes them link-local addresses.
        assertNormalised("$ ip -br a\nva UP fe80::50bf:f8ff:fe2f:a47b/64 fe80::800:ff:fe15:280/64 fe80::ff:fe11:2233/64 \n",
            "$ ip -br a\nva UP fe80::xxxx:xxff:fexx:xxxx/64 fe80::xxxx:xxff:fexx:xxxx/64 fe80::xxxx:xxff:fexx:xxxx/64 \n");
    }

    @Test
    void shouldKeepIpv6AddressesNotMadeFromMacs()
    {
        final String text = "$ ip -br a\nlo UNKNOWN 127.0.0.1/8 ::1/128 \nva UP fd00::1/64 fd00::ff:1/64 \n";
        assertNormalised(text, text);
    }

    @Test
    void shouldMaskInterfaceIndexesAtLineStart()
    {
        assertNormalised("$ ip l\n17: tap1: <BROADCAST,MULTICAST> mtu 1500\n    x 3: y\n",
            "$ ip l\nN: tap1: <BROADCAST,MULTICAST> mtu 1500\n    x 3: y\n");
    }

    @Test
    void shouldMaskPeerIndexesAndPeerNamespaces()
    {
        assertNormalised("$ ip l\n2: va@if12: <UP> mtu 1500\n    link/ether 00:00:00:00:00:00 brd ff:ff:ff:ff:ff:ff link-netns ns1\n"
                + "3: vb@if2: <UP>\n    link/ether 00:00:00:00:00:00 brd ff:ff:ff:ff:ff:ff link-netnsid 0\n",
            "$ ip l\nN: va@ifN: <UP> mtu 1500\n    link/ether 00:00:00:00:00:00 brd ff:ff:ff:ff:ff:ff link-netns NS\n"
                + "N: vb@ifN: <UP>\n    link/ether 00:00:00:00:00:00 brd ff:ff:ff:ff:ff:ff link-netnsid N\n");
    }

    @Test
    void shouldMaskPingTimes()
    {
        assertNormalised(
            "$ ping -c 2 10.0.0.2\n"
                + "64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=0.242 ms\n"
                + "64 bytes from 10.0.0.2: icmp_seq=2 ttl=64 time=12.4 ms\n"
                + "\n--- 10.0.0.2 ping statistics ---\n"
                + "2 packets transmitted, 2 received, 0% packet loss, time 1001ms\n"
                + "rtt min/avg/max/mdev = 0.062/0.124/12.400/0.083 ms\n",
            "$ ping -c 2 10.0.0.2\n"
                + "64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=T ms\n"
                + "64 bytes from 10.0.0.2: icmp_seq=2 ttl=64 time=T ms\n"
                + "\n--- 10.0.0.2 ping statistics ---\n"
                + "2 packets transmitted, 2 received, 0% packet loss, time Tms\n"
                + "rtt min/avg/max/mdev = T/T/T/T ms\n");
    }

    @Test
    void shouldMaskPipeCounts()
    {
        assertNormalised("$ ping -c 5 10.0.0.9\n5 packets transmitted, 0 received, +5 errors, 100% packet loss, time 815ms\npipe 5\n[exit 1]\n",
            "$ ping -c 5 10.0.0.9\n5 packets transmitted, 0 received, +5 errors, 100% packet loss, time Tms\npipe N\n[exit 1]\n");
        assertNormalised("$ ping -c 5 10.0.0.9\nrtt min/avg/max/mdev = 0.1/0.2/0.3/0.04 ms, pipe 2\n",
            "$ ping -c 5 10.0.0.9\nrtt min/avg/max/mdev = T/T/T/T ms, pipe N\n");
    }

    @Test
    void shouldMaskIpgEwmaAndTimestampsButKeepTheirWords()
    {
        assertNormalised("$ ping -c 5 -i 0 10.0.0.2\n"
                + "rtt min/avg/max/mdev = 0.004/0.004/0.122/0.002 ms, pipe 2, ipg/ewma 0.008/0.004 ms\n",
            "$ ping -c 5 -i 0 10.0.0.2\nrtt min/avg/max/mdev = T/T/T/T ms, pipe N, ipg/ewma T/T ms\n");
        assertNormalised("$ ping -c 2 -i 0 -s 8 10.0.0.2\nipg/ewma 12.345/0.000 ms\n",
            "$ ping -c 2 -i 0 -s 8 10.0.0.2\nipg/ewma T/T ms\n");
        assertNormalised("$ ping -D -c 1 10.0.0.2\n[1767225600.000123] 64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=0.1 ms\n",
            "$ ping -D -c 1 10.0.0.2\n[T] 64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=T ms\n");
        assertNormalised("$ ping -v -c 1 10.0.0.2\n64 bytes from 10.0.0.2: icmp_seq=1 ident=4711 ttl=64 time=0.1 ms\n",
            "$ ping -v -c 1 10.0.0.2\n64 bytes from 10.0.0.2: icmp_seq=1 ident=N ttl=64 time=T ms\n");
        assertNormalised("$ ping -c 1 10.0.0.2\n[17] x [1767225600.000123] y\n",
            "$ ping -c 1 10.0.0.2\n[17] x [1767225600.000123] y\n");
    }

    @Test
    void shouldKeepInet6LinesAndMaskOnlyTheIdentifiersMadeFromMacs()
    {
        assertNormalised(
            "$ ip a\n1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536\n    inet 127.0.0.1/8 scope host lo\n       valid_lft forever preferred_lft forever\n"
                + "    inet6 ::1/128 scope host \n       valid_lft forever preferred_lft forever\n"
                + "    inet6 fe80::1/64 scope link tentative \n       valid_lft forever preferred_lft forever\n"
                + "    inet6 fe80::50bf:f8ff:fe2f:a47b/64 scope link \n",
            "$ ip a\nN: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536\n    inet 127.0.0.1/8 scope host lo\n       valid_lft forever preferred_lft forever\n"
                + "    inet6 ::1/128 scope host \n       valid_lft forever preferred_lft forever\n"
                + "    inet6 fe80::1/64 scope link tentative \n       valid_lft forever preferred_lft forever\n"
                + "    inet6 fe80::xxxx:xxff:fexx:xxxx/64 scope link \n");
    }

    @Test
    void shouldMaskJsonIndexesAndTheIdentifiersMadeFromMacs()
    {
        assertNormalised("$ ip -j a\n[{\"ifindex\":3,\"link_index\":7,\"link_netnsid\":1,\"addr_info\":[{\"index\":3,"
            + "\"family\":\"inet\"},{\"family\":\"inet6\",\"local\":\"fe80::1\",\"tentative\":true}]},"
            + "{\"addr_info\":[{\"local\":\"fe80::50bf:f8ff:fe2f:a47b\",\"prefixlen\":64}]}]\n",
            "$ ip -j a\n[{\"ifindex\":N,\"link_index\":N,\"link_netnsid\":N,\"addr_info\":[{\"index\":N,"
            + "\"family\":\"inet\"},{\"family\":\"inet6\",\"local\":\"fe80::1\",\"tentative\":true}]},"
            + "{\"addr_info\":[{\"local\":\"fe80::xxxx:xxff:fexx:xxxx\",\"prefixlen\":64}]}]\n");
    }

    @Test
    void shouldKeepPrettyJsonAndOnelineIpv6Addresses()
    {
        assertNormalised("$ ip -j -p a\n        \"ifindex\": 2,\n            },{\n                \"family\": \"inet6\",\n"
            + "                \"local\": \"fe80::1\",\n                \"tentative\": true,\n            } ]\n"
            + "$ ip -o a\n2: va    inet6 fe80::1/64 scope link tentative \\       valid_lft forever\n",
            "$ ip -j -p a\n        \"ifindex\": N,\n            },{\n                \"family\": \"inet6\",\n"
            + "                \"local\": \"fe80::1\",\n                \"tentative\": true,\n            } ]\n"
            + "$ ip -o a\nN: va    inet6 fe80::1/64 scope link tentative \\       valid_lft forever\n");
    }

    @Test
    void shouldSortTheObjectsOfACompactNeighbourList()
    {
        assertNormalised("$ ip -j neigh\n[{\"dst\":\"10.0.0.2\"},{\"dst\":\"10.0.0.1\"}]\n",
            "$ ip -j neigh\n[{\"dst\":\"10.0.0.1\"},{\"dst\":\"10.0.0.2\"}]\n");
    }

    @Test
    void shouldSortNeighbourOutputAndKeepExitLast()
    {
        assertNormalised(
            "$ ip netns exec r ip n\n10.0.3.2 dev vr lladdr 22:69:57:bd:26:dd REACHABLE \n10.0.2.2 dev va FAILED \n[exit 1]\n$ ip l\nb\na\n",
            "$ ip netns exec r ip n\n10.0.2.2 dev va FAILED \n10.0.3.2 dev vr lladdr xx:xx:xx:xx:xx:xx REACHABLE \n[exit 1]\n$ ip l\nb\na\n");
    }

    @Test
    void shouldLeaveEverythingElseAlone()
    {
        final String text = "$ ip route\ndefault via 10.0.4.2 dev va \n10.0.4.0/24 dev va proto kernel scope link src 10.0.4.1 \n"
            + "$ sysctl net.ipv4.ip_forward\nnet.ipv4.ip_forward = 0\n$ ping -c 1 10.0.9.9\nping: connect: Network is unreachable\n[exit 2]\n";
        assertNormalised(text, text);
    }

    @Test
    void shouldBeIdempotent()
    {
        final String text = "$ ip l\n2: va@if3: <UP>\n    link/ether 52:bf:f8:2f:a4:7b brd ff:ff:ff:ff:ff:ff link-netns b\n";
        final String once = TranscriptNormaliser.normalise(text, NEIGHBOUR_LISTINGS);
        assertEquals(once, TranscriptNormaliser.normalise(once, NEIGHBOUR_LISTINGS));
    }

    private static void assertNormalised(final String before, final String after)
    {
        assertEquals(after, TranscriptNormaliser.normalise(before, NEIGHBOUR_LISTINGS));
    }
}
