package dev.nslab.core.scenario;

import static dev.nslab.core.scenario.TranscriptNormaliserTest.NEIGHBOUR_LISTINGS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The normaliser fed line by line gives the lines {@link TranscriptNormaliser#normalise} gives for the whole text. */
class TranscriptNormaliserStreamTest
{
    private static final String TRANSCRIPT = String.join("\n",
        "    inet6 fe80::1/64 scope link",
        "       valid_lft forever preferred_lft forever",
        "$ ip a",
        "1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536",
        "    link/ether 52:bf:f8:2f:a4:7b brd ff:ff:ff:ff:ff:ff",
        "    inet6 fe80::50bf:f8ff:fe2f:a47b/64 scope link",
        "       valid_lft forever preferred_lft forever",
        "    inet6 ::1/128 scope host",
        "    inet6 fe80::2/64 scope link",
        "       valid_lft forever preferred_lft forever",
        "       valid_lft forever preferred_lft forever",
        "$ ip neigh",
        "10.0.0.3 dev va lladdr 52:bf:f8:2f:a4:7c REACHABLE",
        "10.0.0.2 dev va lladdr 52:bf:f8:2f:a4:7b STALE",
        "    inet6 fe80::1/64 scope link",
        "       valid_lft forever preferred_lft forever",
        "[exit 1]",
        "$ ping -c 1 10.0.0.2",
        "64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=0.242 ms",
        "",
        "$ ip n",
        "10.0.0.9 dev vb FAILED",
        "10.0.0.1 dev vb lladdr 00:00:00:00:00:00 PERMANENT",
        "");

    @Test
    void shouldGiveLineByLineWhatItGivesForTheWholeText()
    {
        final List<String> lines = new ArrayList<>();
        final TranscriptNormaliser normaliser = new TranscriptNormaliser(lines::add, NEIGHBOUR_LISTINGS);
        for (final String line : TRANSCRIPT.split("\n", -1))
        {
            normaliser.line(line);
        }
        normaliser.finish();
        final String whole = TranscriptNormaliser.normalise(TRANSCRIPT + "\n", NEIGHBOUR_LISTINGS);
        assertEquals(whole, String.join("\n", lines) + "\n");
        assertEquals("10.0.0.1 dev vb lladdr 00:00:00:00:00:00 PERMANENT", lines.get(lines.size() - 2),
            "the last ip neigh sorted when the transcript ended");
    }

    @Test
    void shouldHoldBackOnlyAnIpNeighCommandsOutput()
    {
        final List<String> lines = new ArrayList<>();
        final TranscriptNormaliser normaliser = new TranscriptNormaliser(lines::add, NEIGHBOUR_LISTINGS);
        normaliser.line("$ ping -c 1 10.0.0.2");
        normaliser.line("64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=0.242 ms");
        assertEquals(List.of("$ ping -c 1 10.0.0.2", "64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=T ms"), lines);
        normaliser.line("$ ip neigh");
        normaliser.line("10.0.0.3 dev va FAILED");
        normaliser.line("10.0.0.2 dev va FAILED");
        assertEquals(3, lines.size(), "sorted when it ends");
        normaliser.line("$ ip link set lo up");
        assertEquals(List.of("10.0.0.2 dev va FAILED", "10.0.0.3 dev va FAILED", "$ ip link set lo up"),
            lines.subList(3, 6));
    }
}
