package dev.nslab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelPreflightTest
{
    @TempDir
    Path directory;

    /** Without root: the same sandbox, run by a normal user's JVM, with the same transcript as root's. */
    @Test
    void shouldRunScenariosForANormalUser() throws Exception
    {
        assumeTrue(UnprivilegedJvm.available(), "needs root to start a JVM as an unprivileged user");
        KernelAssumptions.assumeKernelBackend();
        final String scenario = String.join("\n", "ip netns add a", "ip netns add b",
            "ip link add va netns a type veth peer name vb netns b", "ip -n a addr add 10.9.0.1/24 dev va",
            "ip -n b addr add 10.9.0.2/24 dev vb", "ip -n a link set va up", "ip -n b link set vb up",
            "ip netns exec a sysctl -w net.ipv4.ip_forward=1", "ip netns exec a ping -c 2 -i 0.2 10.9.0.2 -q", "");
        final Process process = UnprivilegedJvm.start(directory, SandboxVictim.class.getName(), List.of(scenario));
        final String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        final String transcript = output.replaceAll("time \\d+ms", "time Nms").replaceAll("rtt .*", "rtt");
        assertEquals(String.join("\n", "$ ip netns add a", "$ ip netns add b",
            "$ ip link add va netns a type veth peer name vb netns b", "$ ip -n a addr add 10.9.0.1/24 dev va",
            "$ ip -n b addr add 10.9.0.2/24 dev vb", "$ ip -n a link set va up", "$ ip -n b link set vb up",
            "$ ip netns exec a sysctl -w net.ipv4.ip_forward=1", "net.ipv4.ip_forward = 1",
            "$ ip netns exec a ping -c 2 -i 0.2 10.9.0.2 -q", "PING 10.9.0.2 (10.9.0.2) 56(84) bytes of data.", "",
            "--- 10.9.0.2 ping statistics ---", "2 packets transmitted, 2 received, 0% packet loss, time Nms", "rtt", ""),
            transcript);
    }

    @Test
    void shouldNameExitCodeThreeForUnavailable()
    {
        assertEquals(3, KernelBackendException.Reason.UNAVAILABLE.exitCode());
        assertEquals(3, new KernelBackendException(KernelBackendException.Reason.UNAVAILABLE, "x").exitCode());
    }
}
