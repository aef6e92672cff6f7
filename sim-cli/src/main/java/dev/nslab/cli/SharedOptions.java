package dev.nslab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import dev.nslab.cli.emulation.CommandDurations;
import dev.nslab.core.scenario.Scenario;

/**
 * The options (and the scenario parameter) several commands take, each declared once here and taken in with
 * picocli's {@code @Mixin}, so that a name, default, converter or check cannot drift between commands.
 *
 * <p>The help text here is what most commands say. A command that words one for itself (run's {@code --seed}
 * names what the seed fixes, matrix's {@code --backend} its virtual time) says so in {@code Help.properties} under
 * picocli's command-qualified key {@code nslab.COMMAND.KEY}, KEY being the {@code descriptionKey} below.
 */
final class SharedOptions
{
    private SharedOptions()
    {
    }

    /** {@code --backend sim|kernel}; checked in {@link CommandArguments#requireBackend}. */
    static final class Backend
    {
        @Option(names = "--backend", defaultValue = "sim", paramLabel = "sim|kernel", descriptionKey = "backend",
            description = "sim (default): the simulator, no root needed; kernel: the real kernel in a private sandbox.")
        private String name;

        /** @return the backend as given, {@code sim} or {@code kernel} once checked. */
        String name()
        {
            return name;
        }

        boolean isSimulator()
        {
            return name.equals("sim");
        }

        boolean isKernel()
        {
            return name.equals("kernel");
        }
    }

    /** {@code --seed N}: the simulation's seed (MAC addresses, timer jitter). */
    static final class Seed
    {
        @Option(names = "--seed", defaultValue = "1", paramLabel = "N", descriptionKey = "seed",
            description = "Seed of the simulation.")
        private long value;

        long value()
        {
            return value;
        }
    }

    /** {@code --interrupt-after DURATION}: when a ping with neither {@code -c} nor {@code -w} gets its Ctrl+C. */
    static final class InterruptAfter
    {
        @Option(names = "--interrupt-after", defaultValue = "3s", paramLabel = "DURATION",
            converter = DurationConverter.class, descriptionKey = "interrupt-after",
            description = "When a ping with neither -c nor -w gets its Ctrl+C (3s, 500ms, 1.5s); default "
                + "${DEFAULT-VALUE}.")
        private Duration value;

        Duration value()
        {
            return value;
        }
    }

    /** {@code --time-limit DURATION}: how long one command may run on the kernel backend. */
    static final class TimeLimit
    {
        @Option(names = "--time-limit", defaultValue = "120s", paramLabel = "DURATION",
            converter = DurationConverter.class, descriptionKey = "time-limit",
            description = "kernel: how long one command may run before the sandbox is killed (exit 4); default "
                + "${DEFAULT-VALUE}. A command's output streams whatever its length: this bounds time, not memory.")
        private Duration value;

        Duration value()
        {
            return value;
        }
    }

    /**
     * {@code --command-durations SPEC}: how long each kind of command takes on the kernel machine modelled, passed
     * in virtual time after it; {@link CommandDurations#parse}.
     */
    static final class Durations
    {
        @Option(names = "--command-durations", paramLabel = "SPEC", converter = DurationsConverter.class,
            descriptionKey = "command-durations",
            description = "How long each kind of command takes on the kernel being modelled, as "
                + "'command=2.5ms netns-exec=1.5ms ping=5ms device-move=27ms device-delete=22ms' (keys left out keep "
                + "these values, measured in the sandbox on 2026-12-02 and the default).")
        private CommandDurations value;

        /** @return the durations given, or empty when the option was not. */
        Optional<CommandDurations> given()
        {
            return Optional.ofNullable(value);
        }
    }

    /** Converts {@code --command-durations}' text, its mistakes reported as picocli reports any bad value. */
    static final class DurationsConverter implements CommandLine.ITypeConverter<CommandDurations>
    {
        @Override
        public CommandDurations convert(final String text)
        {
            try
            {
                return CommandDurations.parse(text);
            }
            catch (final IllegalArgumentException e)
            {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** The scenario file, the command's first parameter, read and vetted through {@link CommandArguments#read}. */
    static final class ScenarioFile
    {
        @Parameters(index = "0", paramLabel = "SCENARIO", descriptionKey = "scenario",
            description = "The scenario file.")
        private Path path;

        /** @return the file as given ({@code -} for standard input). */
        Path path()
        {
            return path;
        }

        /** @return the vetted scenario, or empty when it cannot be run (the reason was printed on {@code err}). */
        Optional<Scenario> read(final PrintWriter err)
        {
            return CommandArguments.read(path, err);
        }
    }
}
