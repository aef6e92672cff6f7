package dev.nslab.cli.fuzz;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import dev.nslab.core.scenario.ScenarioCommands;
import dev.nslab.kernel.KernelBackendException;

/** {@code nslab fuzz}: a campaign of generated scenarios, each judged by the kernel. */
@Command(name = "fuzz", mixinStandardHelpOptions = true,
    description = "Generates random scenarios over every emulated command, runs each on the kernel and on the "
        + "simulator, shrinks every difference to a minimal reproduction (kept in --keep DIR), tells kernel races "
        + "(the kernel varies from run to run) from real differences, and prints a summary with the generator's "
        + "coverage. Exit 0 when no real difference was found, 1 otherwise.")
public final class FuzzCommand implements Callable<Integer>
{
    private static final int DIFFERENT = 1;
    private static final int CANNOT_RUN = 2;
    private static final int KERNEL_FAILED = 4;
    private static final double DEFAULT_MISTAKES = 0.05;

    /** No generated command runs this long on the kernel; one that does is a failure worth seeing. */
    private static final Duration COMMAND_LIMIT = Duration.ofSeconds(60);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--seed", paramLabel = "S",
        description = "The generator's seed; default: from the clock (printed, so the campaign can be replayed).")
    private Long seed;

    @Option(names = "--count", paramLabel = "N", defaultValue = "100",
        description = "How many scenarios; default ${DEFAULT-VALUE} (with --time: at most this many).")
    private long count;

    @Option(names = "--jobs", paramLabel = "J", defaultValue = "2",
        description = "Scenarios run at once, each in its own sandbox; default ${DEFAULT-VALUE}.")
    private int jobs;

    @Option(names = "--keep", paramLabel = "DIR", defaultValue = "fuzz-reproductions",
        description = "Where minimal reproductions go (NNN-name.sh, .kernel.txt, .simulator.txt, .diff); "
            + "default ${DEFAULT-VALUE}.")
    private Path keep;

    @Option(names = "--time", paramLabel = "LIMIT", converter = FuzzDuration.class,
        description = "Start no scenario after this long (30s, 10m, 1h); shrinking stops then too.")
    private Duration time;

    @Option(names = "--mistakes", paramLabel = "RATE", defaultValue = "" + DEFAULT_MISTAKES,
        description = "Share of deliberately mistaken lines (bad prefixes, missing devices, ...); default "
            + "${DEFAULT-VALUE}.")
    private double mistakes;

    @Option(names = "--kernel-runs", paramLabel = "N", defaultValue = "5",
        description = "Kernel runs a difference is judged on, to measure races; default ${DEFAULT-VALUE}.")
    private int kernelRuns;

    @Option(names = "--shrink-runs", paramLabel = "N", defaultValue = "80",
        description = "At most this many runs of both backends to shrink one class; default ${DEFAULT-VALUE}.")
    private int shrinkRuns;

    @Option(names = "--lines", paramLabel = "N", defaultValue = "" + ScenarioGenerator.LONGEST,
        description = "The longest scenario, in commands (at least 6); default ${DEFAULT-VALUE}.")
    private int lines;

    @Option(names = "--known", paramLabel = "FILE",
        description = "Known open difference classes to tolerate (NAME, command, kernel and simulator line skeletons, "
            + "tab-separated, one a line, as the summary's known.txt): counted, not shrunk, not failing.")
    private Path known;

    @Option(names = "--show", paramLabel = "INDEX",
        description = "Print scenario INDEX of the seed (as the campaign generates it, taps included) and exit.")
    private Long show;

    @Override
    public Integer call()
    {
        final PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true);
        final PrintStream err = System.err;
        if (count < 0 || jobs < 1 || kernelRuns < 1 || shrinkRuns < 0 || lines < 6 || !(mistakes >= 0 && mistakes <= 1))
        {
            throw new CommandLine.ParameterException(spec.commandLine(), "--count >= 0, --jobs >= 1, --kernel-runs >= 1, "
                + "--shrink-runs >= 0, --lines >= 6, --mistakes from 0 to 1");
        }
        Set<Signature> tolerated = Set.of();
        if (known != null)
        {
            try
            {
                tolerated = KnownOpen.read(known).signatures();
            }
            catch (final java.io.IOException | IllegalArgumentException e)
            {
                err.println("nslab: --known " + known + ": " + e.getMessage());
                return CANNOT_RUN;
            }
        }
        final long campaignSeed = seed != null ? seed : System.currentTimeMillis();
        if (show != null)
        {
            out.print(new ScenarioGenerator(campaignSeed, mistakes, true, lines).scenario(show));
            out.flush();
            return 0;
        }
        final String replay = "--seed " + campaignSeed + " --count " + count
            + (lines == ScenarioGenerator.LONGEST ? "" : " --lines " + lines)
            + (mistakes == DEFAULT_MISTAKES ? "" : " --mistakes " + mistakes);
        err.println("nslab fuzz: " + replay + " (replay: nslab fuzz " + replay + ")");
        final Campaign campaign = new Campaign(new Campaign.Settings(campaignSeed, count, jobs, keep, time, mistakes,
            kernelRuns, shrinkRuns, tolerated, ScenarioCommands.DEFAULT_INTERRUPT_AFTER, COMMAND_LIMIT, lines), err);
        final CampaignResult result;
        try
        {
            result = campaign.run();
        }
        catch (final KernelBackendException e)
        {
            err.println("nslab: " + e.getMessage());
            return e.exitCode();
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
            err.println("nslab: fuzz interrupted");
            return CANNOT_RUN;
        }
        result.print(out);
        out.flush();
        if (result.hasDifferences())
        {
            return DIFFERENT;
        }
        return result.kernelFailures().isEmpty() ? 0 : KERNEL_FAILED;
    }
}
