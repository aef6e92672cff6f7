package dev.nslab.kernel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What the machine's own network looks like from outside any sandbox: namespaces, links (with details),
 * addresses, routes, rules, taps, whether /run/netns exists, and every mount any process sees that a sandbox made.
 * Two snapshots must be equal around a kernel run.
 */
record HostNetworkSnapshot(String text)
{
    private static final List<List<String>> COMMANDS = List.of(
        List.of("ip", "netns", "list"),
        List.of("ip", "-d", "link"),
        List.of("ip", "addr"),
        List.of("ip", "route"),
        List.of("ip", "-6", "route"),
        List.of("ip", "rule"),
        List.of("ip", "tuntap", "show"));

    static HostNetworkSnapshot take() throws IOException, InterruptedException
    {
        final StringBuilder text = new StringBuilder();
        for (final List<String> command : COMMANDS)
        {
            text.append("$ ").append(String.join(" ", command)).append('\n').append(run(command));
        }
        text.append("/run/netns exists: ").append(Files.exists(Path.of("/run/netns"))).append('\n');
        text.append("sandbox mounts: ").append(sandboxMounts(ProcessHandle.current().pid())).append('\n');
        return new HostNetworkSnapshot(text.toString());
    }

    /**
     * The machine as it is with no sandbox: the PID namespace of a sandbox just closed (by this or an earlier test)
     * takes a moment to die after its owner, so this waits up to 5 s for its mounts and tcpdumps to go.
     */
    static HostNetworkSnapshot settled() throws IOException, InterruptedException
    {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline
            && (!sandboxMounts(ProcessHandle.current().pid()).isEmpty() || !SandboxProcesses.named("tcpdump").isEmpty()))
        {
            Thread.sleep(50);
        }
        return take();
    }

    /**
     * @param jvm the pid of the JVM that started the sandboxes (their mounts are named {@code nslab-PID-*}).
     * @return mount lines, from every process's view, that only that JVM's sandboxes create.
     */
    static List<String> sandboxMounts(final long jvm) throws IOException
    {
        final String tag = " nslab-" + jvm + "-";
        final List<String> found = new ArrayList<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc")))
        {
            for (final Path process : (Iterable<Path>) processes.filter(p -> p.getFileName().toString().matches("\\d+"))::iterator)
            {
                try
                {
                    for (final String line : Files.readAllLines(process.resolve("mountinfo"), StandardCharsets.UTF_8))
                    {
                        if (line.contains(tag))
                        {
                            found.add(process.getFileName() + ": " + line);
                        }
                    }
                }
                catch (final IOException e)
                {
                    // The process ended while we looked.
                }
            }
        }
        return found;
    }

    private static String run(final List<String> command) throws IOException, InterruptedException
    {
        final ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        SandboxEnvironment.pin(builder);
        builder.command().set(0, SandboxEnvironment.find(command.get(0)).toString());
        final Process process = builder.start();
        final String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(10, TimeUnit.SECONDS);
        // Lifetimes of dynamic addresses count down; they are not something a sandbox could change.
        return output.replaceAll("\\d+sec", "Nsec");
    }
}
