package dev.nslab.cli;

import static dev.nslab.cli.InProcessNslab.nslab;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** {@code nslab diff} says so in one line when kernel and simulator agree, as {@code matrix --diff} does. */
class DiffAgreementTest
{
    @TempDir
    Path directory;

    @Test
    void shouldSayInOneLineThatBothBackendsAgree() throws Exception
    {
        final String unavailable = KernelAvailability.backendUnavailable();
        if (null != unavailable)
        {
            System.out.println("Skipping the diff agreement test: " + unavailable);
        }
        Assumptions.assumeTrue(null == unavailable, () -> "kernel backend unavailable: " + unavailable);
        final Path scenario = Files.writeString(directory.resolve("agree.sh"),
            "ip netns add a\nip -n a link set lo up\nip netns exec a ping -c 2 -i 0.2 127.0.0.1\nip link del nothing\n");
        final InProcessNslab.Run run = nslab("diff", scenario.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().matches("kernel and simulator agree on all 4 commands \\(commands timed in the sandbox: "
            + "command=[0-9.]+ms netns-exec=[0-9.]+ms ping=[0-9.]+ms device-move=[0-9.]+ms device-delete=[0-9.]+ms\\)\n"),
            run.out());
        assertEquals("", run.err());
    }
}
