package dev.nslab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.nslab.core.scenario.Scenario;

/**
 * Proves the sandbox: the machine's own network is the same before and after a scenario that adds namespaces,
 * moves devices (also to {@code netns 1}) and is killed midway, and nothing of the sandbox survives it.
 */
class SandboxIsolationTest
{
    /** A destination no other test uses, so the ping that is killed midway can be found by its argv. */
    private static final String MARKER_ADDRESS = "10.213.7.9";

    /** ping prints its header only with its first reply (stdout is a pipe), so wait for the command line. */
    private static final String PING_COMMAND = "$ ip netns exec iso-a ping";

    private static final String SCENARIO = String.join("\n",
        "ip netns add iso-a",
        "ip netns add iso-b",
        "ip link add veth-x type veth peer name veth-y",
        "ip link set veth-x netns iso-a",
        "ip link set veth-y netns iso-b",
        "ip -n iso-a addr add 10.213.7.1/24 dev veth-x",
        "ip -n iso-a link set veth-x up",
        "ip -n iso-b link set veth-y up",
        "ip tuntap add dev tapx mode tap",
        "ip link set tapx netns iso-a",
        "ip -n iso-a link set tapx netns 1",
        "ip addr add 10.213.8.1/24 dev tapx",
        "ip link set tapx up",
        "ip route add 10.213.9.0/24 via 10.213.8.2",
        "sysctl -w net.ipv4.ip_forward=1",
        "ip netns exec iso-a ping -i 0.2 " + MARKER_ADDRESS,
        "ip netns add never-reached",
        "");

    @BeforeEach
    void requireKernel()
    {
        KernelAssumptions.assumeKernelBackend();
    }

    @Test
    void shouldLeaveTheMachinesNetworkUntouchedWhenTheSandboxIsKilledMidway() throws Exception
    {
        final HostNetworkSnapshot before = HostNetworkSnapshot.take();
        final CountDownLatch pinging = new CountDownLatch(1);
        final KernelBackend backend = new KernelBackend(TestGate.OWN_LINES, Duration.ofSeconds(60), Duration.ofSeconds(90));
        final CompletableFuture<Void> run = CompletableFuture.runAsync(() ->
        {
            try
            {
                backend.run(Scenario.parse("iso.sh", SCENARIO), chunk ->
                {
                    if (chunk.startsWith(PING_COMMAND))
                    {
                        pinging.countDown();
                    }
                });
            }
            catch (final Exception e)
            {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(pinging.await(30, TimeUnit.SECONDS), "the scenario reached its ping");
        final long ping = awaitPing();
        final String sandboxNamespace = SandboxProcesses.networkNamespace(ping);
        assertFalse(HostNetworkSnapshot.sandboxMounts(ProcessHandle.current().pid()).isEmpty(), "the sandbox's mounts are visible while it runs");

        // Kill the process that owns the sandbox, as an outside SIGKILL would: no cleanup code runs.
        final List<ProcessHandle> owners = ProcessHandle.current().children()
            .filter(p -> p.descendants().anyMatch(d -> d.pid() == ping)).toList();
        assertEquals(1, owners.size(), "one sandbox owner: " + owners);
        owners.get(0).destroyForcibly();

        final ExecutionException failure = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
            () -> run.get(30, TimeUnit.SECONDS));
        assertTrue(failure.getCause().getCause() instanceof KernelBackendException, failure.toString());
        assertSandboxGone(ping, sandboxNamespace, ProcessHandle.current().pid());
        assertEquals(before, HostNetworkSnapshot.take());
    }

    @Test
    void shouldLeaveNothingBehindWhenTheJvmIsKilled() throws Exception
    {
        final HostNetworkSnapshot before = HostNetworkSnapshot.take();
        final String java = ProcessHandle.current().info().command().orElse("java");
        final Process victim = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
            SandboxVictim.class.getName(), SCENARIO).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(victim.getInputStream(), StandardCharsets.UTF_8)))
        {
            final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            String line;
            while ((line = out.readLine()) != null && !line.startsWith(PING_COMMAND))
            {
                if (System.nanoTime() > deadline)
                {
                    fail("the victim never reached its ping");
                }
            }
            assertTrue(line != null, "the victim JVM ended before its ping");
            final long ping = awaitPing();
            final String sandboxNamespace = SandboxProcesses.networkNamespace(ping);

            victim.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs in that JVM
            assertTrue(victim.waitFor(10, TimeUnit.SECONDS));
            assertSandboxGone(ping, sandboxNamespace, victim.pid());
        }
        finally
        {
            victim.destroyForcibly();
        }
        assertEquals(before, HostNetworkSnapshot.take());
    }

    private static void assertSandboxGone(final long ping, final String sandboxNamespace, final long owner)
        throws Exception
    {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline)
        {
            if (ProcessHandle.of(ping).isEmpty()
                && SandboxProcesses.inNetworkNamespace(sandboxNamespace).isEmpty()
                && SandboxProcesses.withArgument(MARKER_ADDRESS).isEmpty()
                && HostNetworkSnapshot.sandboxMounts(owner).isEmpty())
            {
                return;
            }
            Thread.sleep(50);
        }
        fail("sandbox still alive: ping " + ProcessHandle.of(ping).isPresent()
            + ", processes in " + sandboxNamespace + ": " + SandboxProcesses.inNetworkNamespace(sandboxNamespace)
            + ", mounts: " + HostNetworkSnapshot.sandboxMounts(owner));
    }

    /** @return the pid of the scenario's ping, once it runs (its command line was streamed just before). */
    private static long awaitPing() throws Exception
    {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        List<Long> pings = SandboxProcesses.pingsTo(MARKER_ADDRESS);
        while (pings.isEmpty() && System.nanoTime() < deadline)
        {
            Thread.sleep(20);
            pings = SandboxProcesses.pingsTo(MARKER_ADDRESS);
        }
        assertEquals(1, pings.size(), "exactly one ping: " + pings);
        return pings.get(0);
    }
}
