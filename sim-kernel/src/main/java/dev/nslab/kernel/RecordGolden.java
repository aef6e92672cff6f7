package dev.nslab.kernel;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import dev.nslab.core.scenario.CommandGate;
import dev.nslab.core.scenario.Scenario;
import dev.nslab.core.scenario.ScenarioException;

/**
 * Records golden kernel transcripts: runs each scenario ({@code NAME.sh}, or every {@code *.sh} in a directory)
 * on the kernel and writes the raw transcript to {@code NAME.kernel.txt} beside it, or into {@code --out DIR}.
 *
 * <p>Usage: {@code java -cp ... dev.nslab.kernel.RecordGolden [--out DIR] SCENARIO_OR_DIRECTORY...}, with the emulation
 * (sim-cli, sim-stack) on the class path: its {@link CommandGate}, found through {@link ServiceLoader}, vets every
 * line. Exit 0 when all were recorded, 2 for a scenario nslab cannot run, 3 when the kernel backend or the gate is
 * unavailable, 4 when a run failed.
 */
public final class RecordGolden
{
    private RecordGolden()
    {
    }

    public static void main(final String[] args)
    {
        System.exit(record(args, System.out, System.err));
    }

    static int record(final String[] args, final PrintStream out, final PrintStream err)
    {
        Path outputDirectory = null;
        String[] scenarioArgs = args;
        if (args.length >= 2 && args[0].equals("--out"))
        {
            outputDirectory = Path.of(args[1]);
            scenarioArgs = java.util.Arrays.copyOfRange(args, 2, args.length);
        }
        if (scenarioArgs.length == 0)
        {
            err.println("usage: RecordGolden [--out DIR] SCENARIO.sh|DIRECTORY...");
            return 2;
        }
        try
        {
            KernelBackend.checkAvailable();
            final CommandGate gate = emulationGate();
            final KernelBackend backend = new KernelBackend(gate);
            for (final Path scenarioFile : scenarioFiles(scenarioArgs))
            {
                final Scenario scenario = Scenario.read(scenarioFile);
                gate.check(scenario);
                final long started = System.nanoTime();
                final String transcript = backend.run(scenario);
                final Path golden = outputDirectory == null
                    ? goldenFile(scenarioFile)
                    : outputDirectory.resolve(goldenFile(scenarioFile).getFileName());
                Files.writeString(golden, transcript, StandardCharsets.UTF_8);
                out.printf("%s (%.1f s)%n", golden, (System.nanoTime() - started) / 1e9);
            }
            return 0;
        }
        catch (final ScenarioException e)
        {
            err.println(e.getMessage());
            return e.exitCode();
        }
        catch (final KernelBackendException e)
        {
            err.println(e.getMessage());
            return e.exitCode();
        }
        catch (final IOException e)
        {
            err.println("nslab: cannot write golden transcript: " + e.getMessage());
            return 1;
        }
    }

    /**
     * @return the emulation's gate (sim-cli registers it as a service; sim-kernel cannot depend on sim-cli).
     * @throws KernelBackendException (unavailable) when it is not on the class path.
     */
    static CommandGate emulationGate() throws KernelBackendException
    {
        return ServiceLoader.load(CommandGate.class).findFirst().orElseThrow(() -> new KernelBackendException(
            KernelBackendException.Reason.UNAVAILABLE,
            "nslab: no command gate on the class path: put sim-cli and sim-stack on it to vet the scenarios"));
    }

    /** @return {@code NAME.kernel.txt} beside {@code NAME.sh}. */
    public static Path goldenFile(final Path scenarioFile)
    {
        final String name = scenarioFile.getFileName().toString();
        final String stem = name.endsWith(".sh") ? name.substring(0, name.length() - 3) : name;
        return scenarioFile.resolveSibling(stem + ".kernel.txt");
    }

    private static List<Path> scenarioFiles(final String[] args) throws IOException
    {
        final List<Path> files = new ArrayList<>();
        for (final String arg : args)
        {
            final Path path = Path.of(arg);
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
