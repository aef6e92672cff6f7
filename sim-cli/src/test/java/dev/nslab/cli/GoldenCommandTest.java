package dev.nslab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.nslab.cli.InProcessNslab.nslab;

/** {@code nslab golden record|check}: a golden is written from the kernel, then judged stable or not. */
class GoldenCommandTest
{
    @TempDir
    Path directory;

    @Test
    void shouldRecordAGoldenAndFindItStableUntilItIsChanged() throws Exception
    {
        final String unavailable = KernelAvailability.judgeUnavailable();
        Assumptions.assumeTrue(unavailable == null, () -> unavailable);
        final Path scenario = directory.resolve("s.sh");
        Files.writeString(scenario, "ip netns add a\nip -n a link set lo up\nip netns exec a ping -c 1 127.0.0.1\n");

        final InProcessNslab.Run recorded = nslab("golden", "record", directory.toString());
        assertEquals(0, recorded.exitCode(), recorded.err());
        final Path golden = directory.resolve("s.kernel.txt");
        assertTrue(Files.readString(golden).startsWith("$ ip netns add a\n$ ip -n a link set lo up\n"
            + "$ ip netns exec a ping -c 1 127.0.0.1\nPING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.\n"));

        final InProcessNslab.Run stable = nslab("golden", "check", "--runs", "2", scenario.toString());
        assertEquals(0, stable.exitCode(), stable.err());
        assertEquals("s.sh                             2/2 runs equal the golden\n", stable.out());

        Files.writeString(golden, Files.readString(golden).replace("1 received", "0 received"));
        final InProcessNslab.Run changed = nslab("golden", "check", "--runs", "1", scenario.toString());
        assertEquals(1, changed.exitCode());
        assertEquals("s.sh                             0/1 runs equal the golden\n", changed.out());
    }

    @Test
    void shouldRefuseAScenarioTheGateRefuses() throws Exception
    {
        final Path scenario = directory.resolve("bad.sh");
        Files.writeString(scenario, "ip -b evil\n");
        final InProcessNslab.Run run = nslab("golden", "record", scenario.toString());
        Assumptions.assumeTrue(run.exitCode() != 3, "the kernel backend is unavailable here");
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(scenario + ":1: 'ip -b' reads commands from a file: refused\n", run.err());
        assertTrue(Files.notExists(directory.resolve("bad.kernel.txt")));
    }
}
