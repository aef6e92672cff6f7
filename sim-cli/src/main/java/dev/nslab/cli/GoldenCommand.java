package dev.nslab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import dev.nslab.cli.emulation.CommandDurations;
import dev.nslab.cli.emulation.EmulationGate;
import dev.nslab.cli.emulation.ExecutedCommands;
import dev.nslab.core.scenario.Scenario;
import dev.nslab.core.scenario.ScenarioCommands;
import dev.nslab.core.scenario.TranscriptNormaliser;
import dev.nslab.kernel.KernelBackend;
import dev.nslab.kernel.KernelBackendException;

/**
 * {@code nslab golden}: the kernel transcripts the tests hold the simulator to. {@code record} runs scenarios on the
 * kernel and writes {@code NAME.kernel.txt} beside each {@code NAME.sh}; {@code check} runs them again and says
 * whether every run's normalised transcript equals the recorded one, which is how a golden is known to be stable.
 */
@Command(name = "golden", mixinStandardHelpOptions = true,
    description = "For maintainers: record kernel golden transcripts of scenarios, and check that they are stable.",
    subcommands = {GoldenCommand.Record.class, GoldenCommand.Check.class})
final class GoldenCommand implements Callable<Integer>
{
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call()
    {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.CANNOT_RUN;
    }

    /** {@code nslab golden record}. */
    @Command(name = "record", mixinStandardHelpOptions = true,
        description = "Runs each scenario (or every *.sh of a directory) on the kernel and writes its raw transcript "
            + "to NAME.kernel.txt beside it, or into --out DIR, and the commands' durations timed in the sandbox "
            + "just after to NAME.durations, which the simulator takes when it is compared with the golden.")
    static final class Record implements Callable<Integer>
    {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Option(names = "--out", paramLabel = "DIR", description = "Where the goldens go; default beside each scenario.")
        private Path outputDirectory;

        @Parameters(arity = "1..*", paramLabel = "SCENARIO|DIR", description = "Scenarios, or directories of them.")
        private List<Path> arguments;

        @Override
        public Integer call()
        {
            final PrintWriter out = spec.commandLine().getOut();
            final KernelBackend backend = new KernelBackend(EmulationGate.INSTANCE);
            final KernelCalibration calibration = new KernelCalibration(ScenarioCommands.DEFAULT_INTERRUPT_AFTER,
                KernelBackend.DEFAULT_COMMAND_TIMEOUT);
            return eachScenario(arguments, spec.commandLine().getErr(), (file, scenario) ->
            {
                final long started = System.nanoTime();
                final String transcript = backend.run(scenario);
                final Path golden = null == outputDirectory ? goldenFile(file)
                    : outputDirectory.resolve(goldenFile(file).getFileName());
                final Path durations = durationsFile(golden);
                Files.writeString(golden, transcript, StandardCharsets.UTF_8);
                final CommandDurations timed = calibration.measure();
                Files.writeString(durations, durationsHeader(golden) + timed + "\n", StandardCharsets.UTF_8);
                out.printf("%s (%.1f s; %s)%n", golden, (System.nanoTime() - started) / 1e9, timed);
                return true;
            });
        }
    }

    /** {@code nslab golden check}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
        description = "Runs each scenario on the kernel --runs times and prints, per scenario, how many runs equal "
            + "its recorded golden once normalised (as nslab diff normalises). Exit 0 only when all of them do.")
    static final class Check implements Callable<Integer>
    {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Option(names = "--runs", defaultValue = "3", paramLabel = "N", description = "Runs per scenario; default 3.")
        private int runs;

        @Option(names = "--goldens", paramLabel = "DIR", description = "Where the goldens are; default beside each "
            + "scenario.")
        private Path goldenDirectory;

        @Parameters(arity = "1..*", paramLabel = "SCENARIO|DIR", description = "Scenarios, or directories of them.")
        private List<Path> arguments;

        @Override
        public Integer call()
        {
            final PrintWriter out = spec.commandLine().getOut();
            final PrintWriter err = spec.commandLine().getErr();
            if (runs < 1)
            {
                throw new CommandLine.ParameterException(spec.commandLine(), "--runs must be at least 1");
            }
            final KernelBackend backend = new KernelBackend(EmulationGate.INSTANCE);
            return eachScenario(arguments, err, (file, scenario) ->
            {
                final Path golden = null == goldenDirectory ? goldenFile(file)
                    : goldenDirectory.resolve(goldenFile(file).getFileName());
                final String expected =
                    TranscriptNormaliser.normalise(Files.readString(golden), ExecutedCommands::listsInHashOrder);
                int same = 0;
                for (int run = 0; run < runs; run++)
                {
                    final String normalised =
                        TranscriptNormaliser.normalise(backend.run(scenario), ExecutedCommands::listsInHashOrder);
                    same += normalised.equals(expected) ? 1 : 0;
                }
                out.printf("%-32s %d/%d runs equal the golden%n", file.getFileName(), same, runs);
                return same == runs;
            });
        }
    }

    /** What {@link #eachScenario} does with one vetted scenario. @return whether it went as it should. */
    @FunctionalInterface
    private interface ScenarioAction
    {
        boolean apply(Path file, Scenario scenario) throws KernelBackendException, IOException;
    }

    /**
     * Reads and vets each scenario of {@code arguments} (files, or the {@code *.sh} of directories) and applies
     * {@code action} to it, on the kernel backend.
     *
     * @return 0 when the action went well for all, 1 when not for some, or the exit code of the first failure.
     */
    private static int eachScenario(final List<Path> arguments, final PrintWriter err, final ScenarioAction action)
    {
        try
        {
            KernelBackend.checkAvailable();
            boolean allWell = true;
            for (final Path file : scenarioFiles(arguments))
            {
                final Optional<Scenario> scenario = CommandArguments.read(file, err);
                if (scenario.isEmpty())
                {
                    return ExitCodes.CANNOT_RUN;
                }
                allWell &= action.apply(file, scenario.get());
            }
            return allWell ? ExitCodes.OK : ExitCodes.DIFFERENT;
        }
        catch (final KernelBackendException e)
        {
            err.println("nslab: " + e.getMessage());
            return e.exitCode();
        }
        catch (final IOException e)
        {
            err.println("nslab: cannot read or write a golden transcript: " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
    }

    private static String durationsHeader(final Path golden)
    {
        return "# The commands' durations timed in the kernel backend's sandbox just after " + golden.getFileName()
            + " was recorded\n# (nslab golden record): the simulator takes them when it is compared with that "
            + "golden.\n";
    }

    /**
     * @return the durations recorded with a golden ({@link #durationsFile}), or
     *         {@link CommandDurations#RECORDED_2026_12_02} for a golden recorded before they were kept.
     * @throws IllegalArgumentException when the file is there but malformed.
     */
    static CommandDurations recordedDurations(final Path durationsFile) throws IOException
    {
        if (!Files.exists(durationsFile))
        {
            return CommandDurations.RECORDED_2026_12_02;
        }
        final StringBuilder spec = new StringBuilder();
        for (final String line : Files.readAllLines(durationsFile, StandardCharsets.UTF_8))
        {
            if (!line.startsWith("#"))
            {
                spec.append(line).append(' ');
            }
        }
        return CommandDurations.parse(spec.toString());
    }

    /** @return {@code NAME.durations} beside the golden {@code NAME.kernel.txt}. */
    static Path durationsFile(final Path goldenFile)
    {
        return goldenFile.resolveSibling(withoutSuffix(goldenFile, ".kernel.txt") + ".durations");
    }

    /** @return the file's name without {@code suffix}, when it ends so. */
    private static String withoutSuffix(final Path file, final String suffix)
    {
        final String name = file.getFileName().toString();
        return name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
    }

    /** @return {@code NAME.kernel.txt} beside {@code NAME.sh}. */
    static Path goldenFile(final Path scenarioFile)
    {
        return scenarioFile.resolveSibling(withoutSuffix(scenarioFile, ".sh") + ".kernel.txt");
    }

    private static List<Path> scenarioFiles(final List<Path> arguments) throws IOException
    {
        final List<Path> files = new ArrayList<>();
        for (final Path path : arguments)
        {
            if (Files.isDirectory(path))
            {
                try (Stream<Path> listing = Files.list(path))
                {
                    listing.filter(p -> p.getFileName().toString().endsWith(".sh")).sorted().forEach(files::add);
                }
            }
            else
            {
                files.add(path);
            }
        }
        return files;
    }
}
