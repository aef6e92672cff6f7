package dev.nslab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TranscriptTest
{
    @Test
    void shouldPrintCommandOutputAndNonZeroExit()
    {
        final StringBuilder text = new StringBuilder();
        new Transcript(text::append)
            .append(new ScenarioLine(1, "ip netns add ns0", List.of("ip", "netns", "add", "ns0")), "", 0)
            .append(new ScenarioLine(2, "ip link set x up", List.of("ip", "link", "set", "x", "up")),
                "Cannot find device \"x\"\n", 1);
        assertEquals("$ ip netns add ns0\n$ ip link set x up\nCannot find device \"x\"\n[exit 1]\n", text.toString());
    }

    @Test
    void shouldEndUnterminatedOutputWithANewline()
    {
        final StringBuilder text = new StringBuilder();
        new Transcript(text::append)
            .command(new ScenarioLine(1, "ip a", List.of("ip", "a")))
            .output("partial")
            .output(" line")
            .exit(2);
        assertEquals("$ ip a\npartial line\n[exit 2]\n", text.toString());
    }

    @Test
    void shouldHandEachPieceToTheSinkAtOnceAndMarkTheEndOfEachCommand()
    {
        final List<String> pieces = new ArrayList<>();
        final Transcript transcript = new Transcript(new TranscriptSink()
        {
            @Override
            public void print(final String text)
            {
                pieces.add(text);
            }

            @Override
            public void commandEnded()
            {
                pieces.add("<end>");
            }
        });
        transcript.command(new ScenarioLine(1, "ping 10.0.0.1", List.of("ping", "10.0.0.1")));
        assertEquals(List.of("$ ping 10.0.0.1\n"), pieces, "the command line before any output");
        transcript.output("PING 10.0.0.1\n");
        assertEquals("PING 10.0.0.1\n", pieces.get(1), "output as soon as it is printed");
        transcript.output("").exit(1);
        assertEquals(List.of("$ ping 10.0.0.1\n", "PING 10.0.0.1\n", "[exit 1]\n", "<end>"), pieces);
    }
}
