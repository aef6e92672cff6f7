package dev.nslab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code nslab} (or a test main class) in a fresh JVM with a heap of our choosing, the test classpath, no agent. */
final class ChildNslab
{
    private ChildNslab()
    {
    }

    /** @param heap the -Xmx value, e.g. {@code 48m}. */
    static ProcessBuilder command(final String heap, final Class<?> mainClass, final String... arguments)
    {
        final List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.add("-XX:+UseSerialGC");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command);
    }

    /** {@code nslab ARGUMENTS...} in a JVM of {@code heap}. */
    static ProcessBuilder nslab(final String heap, final String... arguments)
    {
        return command(heap, Nslab.class, arguments);
    }
}
