package dev.nslab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TranscriptTest
{
    @Test
    void shouldPrintCommandOutputAndNonZeroExit()
    {
        final Transcript transcript = new Transcript()
            .append(new ScenarioLine(1, "ip netns add ns0", List.of("ip", "netns", "add", "ns0")), "", 0)
            .append(new ScenarioLine(2, "ip link set x up", List.of("ip", "link", "set", "x", "up")),
                "Cannot find device \"x\"\n", 1);
        assertEquals("$ ip netns add ns0\n$ ip link set x up\nCannot find device \"x\"\n[exit 1]\n", transcript.text());
    }

    @Test
    void shouldEndUnterminatedOutputWithANewline()
    {
        final Transcript transcript = new Transcript()
            .command(new ScenarioLine(1, "ip a", List.of("ip", "a")))
            .output("partial")
            .output(" line")
            .exit(2);
        assertEquals("$ ip a\npartial line\n[exit 2]\n", transcript.toString());
    }
}
