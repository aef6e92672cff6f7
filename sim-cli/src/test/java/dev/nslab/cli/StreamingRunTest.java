package dev.nslab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.nslab.cli.emulation.ScenarioInterpreter;
import dev.nslab.core.scenario.HeapReserve;
import dev.nslab.core.scenario.Scenario;
import dev.nslab.core.scenario.ScenarioLineFailure;
import dev.nslab.core.scenario.TranscriptSink;
import dev.nslab.pcap.CaptureFilter;
import dev.nslab.pcap.CaptureOptions;
import dev.nslab.pcap.PcapngFileReader;
import dev.nslab.stack.Simulation;

/**
 * The simulator's run path streams: a command's output reaches the sink while the command runs, and nslab's own
 * failures during a command (out of stack, out of heap) end the run with the line named and the captures whole.
 */
class StreamingRunTest
{
    private static final Duration INTERRUPT = Duration.ofSeconds(3);

    @TempDir
    Path directory;

    @Test
    void shouldHandAPingsFirstReplyToTheSinkWhileThePingStillRuns() throws Exception
    {
        final Simulation simulation = new Simulation(1);
        final ScenarioInterpreter interpreter = new ScenarioInterpreter(simulation, INTERRUPT);
        interpreter.execute(Scenario.parse("t.sh", "ip link set lo up\n").lines().get(0));
        final List<String> pieces = new ArrayList<>();
        final List<Long> printedAt = new ArrayList<>();
        final int exitCode = interpreter.execute(Scenario.parse("t.sh", "ping -c 3 127.0.0.1\n").lines().get(0),
            text ->
            {
                pieces.add(text);
                printedAt.add(simulation.now());
            });
        assertEquals(0, exitCode);
        assertEquals("64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=0.034 ms\n", pieces.get(1));
        // Virtual time tells when each piece was printed: the first reply as it arrived, 34 µs after the header;
        // the statistics after the third, two seconds later.
        final long started = printedAt.get(0);
        assertTrue(printedAt.get(1) - started < 1_000_000L, "first reply printed " + (printedAt.get(1) - started)
            + " ns after the header");
        final int statistics = pieces.indexOf("--- 127.0.0.1 ping statistics ---\n");
        assertTrue(printedAt.get(statistics) - started >= 2_000_000_000L,
            "statistics " + (printedAt.get(statistics) - started) + " ns after the header");
    }

    @Test
    void shouldEndEachCommandWithItsExitLineThenTellTheSink() throws Exception
    {
        final List<String> pieces = new ArrayList<>();
        new SimulatorBackend(1, INTERRUPT).run(Scenario.parse("t.sh", "ip link set nothing up\nip netns add a\n"),
            new TranscriptSink()
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
        assertEquals(List.of("$ ip link set nothing up\n", "Cannot find device \"nothing\"\n", "[exit 1]\n", "<end>",
            "$ ip netns add a\n", "<end>"), pieces);
    }

    @Test
    void shouldRunThousandsOfNestedNetnsExecInALoopNotARecursion() throws Exception
    {
        for (final int depth : new int[] {3_000, 30_000})
        {
            final String line = "ip netns exec a ".repeat(depth) + "ping -c 1 127.0.0.1";
            final String transcript = new SimulatorBackend(1, INTERRUPT).run(
                Scenario.parse("deep.sh", "ip netns add a\nip -n a link set lo up\n" + line + "\n"));
            assertTrue(transcript.contains("\n1 packets transmitted, 1 received, 0% packet loss"), depth + " levels");
            assertFalse(transcript.contains("[exit"), transcript.substring(transcript.length() - 300));
        }
    }

    @Test
    void shouldReportAStackOverflowAsTheLineThatRanAndLeaveTheCaptureWhole() throws Exception
    {
        final Path pcapng = directory.resolve("run.pcapng");
        final List<String> printed = new ArrayList<>();
        final SimulatorBackend overflowing = new SimulatorBackend(1, INTERRUPT, (interpreter, line, out) ->
        {
            if (line.lineNumber() == 3)
            {
                out.accept("half a line");
                return recurse(line.lineNumber());
            }
            return interpreter.execute(line, out);
        });
        final ScenarioLineFailure failure = assertThrows(ScenarioLineFailure.class, () -> overflowing.run(
            Scenario.parse("deep.sh", "ip link set lo up\nping -c 2 127.0.0.1\nip netns add a\n"), printed::add,
            new CaptureRequest(null, pcapng, CaptureFilter.all(), CaptureOptions.DEFAULT_EPOCH), List.of()));
        assertEquals("deep.sh:3: internal error running 'ip netns add a': StackOverflowError", failure.getMessage());
        final String transcript = String.join("", printed);
        assertTrue(transcript.endsWith("$ ip netns add a\nhalf a line"), transcript);
        final PcapngFileReader reader = PcapngFileReader.open(pcapng);
        int packets = 0;
        while (reader.next() != null)
        {
            packets++;
        }
        assertFalse(reader.truncated(), "the capture is closed whole");
        assertEquals(4, packets, "two echo requests and replies on lo");
    }

    @Test
    void shouldGiveBackTheHeapReserveToReportRunningOutOfMemory() throws Exception
    {
        final SimulatorBackend exhausted = new SimulatorBackend(1, INTERRUPT, (interpreter, line, out) ->
        {
            throw new OutOfMemoryError("Java heap space");
        });
        final ScenarioLineFailure failure = assertThrows(ScenarioLineFailure.class,
            () -> exhausted.run(Scenario.parse("big.sh", "ip netns add a\n"), text -> { }));
        assertEquals("big.sh:1: internal error running 'ip netns add a': OutOfMemoryError: Java heap space",
            failure.getMessage());
        assertFalse(HeapReserve.isHeld(), "given back to make the message");
        new SimulatorBackend(1, INTERRUPT).run(Scenario.parse("next.sh", "ip netns add a\n"), text -> { });
        assertTrue(HeapReserve.isHeld(), "set aside again by the next run");
    }

    /** Recurses until the stack is gone (the count keeps the JIT from making it a loop). */
    private static int recurse(final int depth)
    {
        return recurse(depth + 1) + 1;
    }
}
