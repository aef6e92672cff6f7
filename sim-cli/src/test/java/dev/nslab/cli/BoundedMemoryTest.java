package dev.nslab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.nslab.pcap.PcapngFileReader;

/**
 * Big work in a small heap, in a child JVM whose -Xmx is far below what holding the work would need, so that no
 * amount of luck with the garbage collector can make these pass while something is held: a ping of two million
 * replies prints its 110 MB through a 48 MB heap, a diff of two 3-million-line texts runs in 32 MB, a capture
 * larger than the heap is injected; and a run that really exhausts its heap ends as the documented internal error.
 */
class BoundedMemoryTest
{
    private static final int REPLIES = 2_000_000;

    @TempDir
    Path directory;

    /** What a child printed on stdout: counted as it comes, the last lines kept. */
    private record Streamed(int exitCode, long lines, long chars, ArrayDeque<String> last, String err)
    {
    }

    private static Streamed run(final ProcessBuilder builder) throws Exception
    {
        final Path err = Files.createTempFile("nslab-child-", ".err");
        try
        {
            final Process child = builder.redirectError(err.toFile()).start();
            child.getOutputStream().close();
            long lines = 0;
            long chars = 0;
            final ArrayDeque<String> last = new ArrayDeque<>();
            try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8), 1 << 16))
            {
                for (String line = out.readLine(); line != null; line = out.readLine())
                {
                    lines++;
                    chars += line.length() + 1;
                    if (last.size() == 6)
                    {
                        last.removeFirst();
                    }
                    last.addLast(line);
                }
            }
            assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the child ends");
            return new Streamed(child.exitValue(), lines, chars, last, Files.readString(err));
        }
        finally
        {
            Files.deleteIfExists(err);
        }
    }

    @Test
    void shouldStreamAPingOfTwoMillionRepliesThroughAHeapSmallerThanItsText() throws Exception
    {
        final Path scenario = Files.writeString(directory.resolve("ping.sh"), "ip netns add a\n"
            + "ip -n a link set lo up\nip netns exec a ping -c " + REPLIES + " -i 0 127.0.0.1\n");
        final Streamed run = run(ChildNslab.nslab("48m", "run", scenario.toString()));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertEquals(3 + 1 + REPLIES + 4, run.lines(), "command lines, header, replies, statistics");
        assertTrue(run.chars() > 110_000_000L, "more text than the heap: " + run.chars());
        final String[] last = run.last().toArray(new String[0]);
        assertEquals("64 bytes from 127.0.0.1: icmp_seq=" + (REPLIES & 0xFFFF) + " ttl=64 time=0.034 ms", last[1]);
        assertEquals("--- 127.0.0.1 ping statistics ---", last[3]);
        assertTrue(last[4].startsWith(REPLIES + " packets transmitted, " + REPLIES + " received, 0% packet loss"),
            last[4]);
        // -i 0: finish() adds the mean gap between sends (one round trip each) and the moving average.
        assertEquals("rtt min/avg/max/mdev = 0.034/0.034/0.034/0.000 ms, ipg/ewma 0.034/0.034 ms", last[5]);
    }

    @Test
    void shouldDiffTwoLongTextsInAHeapSmallerThanEither() throws Exception
    {
        final Streamed run = run(ChildNslab.command("32m", StreamingDiffMain.class, "3000000"));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(2 + 9 + 6, run.lines(), "the headers and two hunks, nothing else");
        assertEquals(StreamingDiffMain.expected(3_000_000), String.join("\n", run.last()) + "\n");
    }

    @Test
    void shouldInjectACaptureLargerThanTheHeap() throws Exception
    {
        final int frames = 48_000;
        final Path capture = directory.resolve("big.pcap");
        try (CraftedCaptures.Pcap pcap = new CraftedCaptures.Pcap(capture, true, 262_144))
        {
            final byte[] frame = CraftedCaptures.frame(1400);
            for (int i = 0; i < frames; i++)
            {
                pcap.record(1, i * 10_000L, frame);
            }
        }
        assertTrue(Files.size(capture) > 64L << 20, "bigger than the child's heap: " + Files.size(capture));
        final Path scenario = Files.writeString(directory.resolve("tap.sh"),
            "ip tuntap add dev tap0 mode tap\nip link set tap0 up\nip -s link show tap0\n");
        final Streamed run = run(ChildNslab.nslab("32m", "run", "--inject", "tap0=" + capture, scenario.toString()));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("nslab: injected " + frames + " of " + frames + " frames from " + capture + " into tap0\n",
            run.err());
    }

    @Test
    void shouldEndARunThatExhaustsItsHeapAsOneLineWithTheCaptureWhole() throws Exception
    {
        final StringBuilder text = new StringBuilder("ip link set lo up\nping -c 2 127.0.0.1\n");
        for (int i = 0; i < 60_000; i++)
        {
            text.append("ip netns add n").append(i).append('\n');
        }
        final Path scenario = Files.writeString(directory.resolve("many.sh"), text);
        final Path pcapng = directory.resolve("run.pcapng");
        final Streamed run = run(ChildNslab.nslab("40m", "run", "--pcapng", pcapng.toString(), scenario.toString()));
        assertEquals(70, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(Pattern.matches("nslab: " + Pattern.quote(scenario.toString())
            + ":(\\d+): internal error running 'ip netns add n\\d+': OutOfMemoryError: .*\n", run.err()), run.err());
        final int line = Integer.parseInt(run.err().replaceAll("(?s).*many\\.sh:(\\d+):.*", "$1"));
        assertEquals("$ ip netns add n" + (line - 3), run.last().getLast(), "stdout flushed up to the failing line");
        final PcapngFileReader reader = PcapngFileReader.open(pcapng);
        int packets = 0;
        while (reader.next() != null)
        {
            packets++;
        }
        assertFalse(reader.truncated(), "the capture is closed whole");
        assertEquals(4, packets);
    }
}
