package dev.nslab.pcap;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command lines that run a test main class in a fresh JVM with the test classpath. */
final class ChildJvm
{
    private ChildJvm()
    {
    }

    static List<String> command(final Class<?> mainClass, final String... arguments)
    {
        final List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(arguments));
        return command;
    }
}
