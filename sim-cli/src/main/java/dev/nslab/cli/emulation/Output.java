package dev.nslab.cli.emulation;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * What an emulated command prints: stdout and stderr as one stream, in the order the real program writes them (the
 * programs nslab emulates flush stdout before they write to stderr, so the order is the order of the calls). Each
 * piece goes on at once, as the program prints it: nothing is kept here.
 */
final class Output
{
    private final Consumer<String> printed;

    /** @param printed receives the text as it is printed. */
    Output(final Consumer<String> printed)
    {
        this.printed = Objects.requireNonNull(printed, "printed");
    }

    Output print(final String text)
    {
        printed.accept(text);
        return this;
    }

    Output line(final String line)
    {
        printed.accept(line + "\n");
        return this;
    }

    /** Prints {@code message} as a line and ends the program with {@code exitCode}. */
    CommandExit fail(final String message, final int exitCode)
    {
        line(message);
        return new CommandExit(exitCode);
    }
}
