package dev.nslab.kernel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.nslab.core.scenario.Scenario;
import dev.nslab.core.scenario.TranscriptNormaliser;

/**
 * Runs scenarios on the kernel N times and reports whether every run's normalised transcript equals the
 * normalised golden. Args: RUNS GOLDEN_DIRECTORY SCENARIO.sh... Exit 0 when all are stable.
 */
public final class GoldenStability
{
    private GoldenStability()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        final int runs = Integer.parseInt(args[0]);
        final Path goldenDirectory = Path.of(args[1]);
        final KernelBackend backend = new KernelBackend(RecordGolden.emulationGate());
        int unstable = 0;
        for (int i = 2; i < args.length; i++)
        {
            final Path scenarioFile = Path.of(args[i]);
            final Path golden = goldenDirectory.resolve(RecordGolden.goldenFile(scenarioFile).getFileName());
            final String expected = TranscriptNormaliser.normalise(Files.readString(golden, StandardCharsets.UTF_8));
            final Scenario scenario = Scenario.read(scenarioFile);
            int same = 0;
            for (int run = 0; run < runs; run++)
            {
                final String actual = TranscriptNormaliser.normalise(backend.run(scenario));
                if (actual.equals(expected))
                {
                    same++;
                }
                else
                {
                    Files.writeString(Path.of("/tmp", scenarioFile.getFileName() + ".run" + run + ".txt"), actual);
                }
            }
            System.out.printf("%-28s %d/%d runs equal the golden%n", scenarioFile.getFileName(), same, runs);
            unstable += same == runs ? 0 : 1;
        }
        System.exit(unstable == 0 ? 0 : 1);
    }
}
