package dev.nslab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import dev.nslab.cli.fuzz.FuzzCommand;
import dev.nslab.core.scenario.HeapReserve;
import dev.nslab.core.scenario.ScenarioLineFailure;

/**
 * {@code nslab}: run network-namespace scenarios on the simulator or on the real kernel, and compare the two.
 */
@Command(name = "nslab", mixinStandardHelpOptions = true, versionProvider = Nslab.Version.class,
    resourceBundle = "dev.nslab.cli.Help",
    description = "A userspace simulator of Linux network namespaces: runs scenarios of ip, bridge, ping and sysctl "
        + "commands and prints what a real Linux machine would print.",
    subcommands = {RunCommand.class, DiffCommand.class, MatrixCommand.class, GraphCommand.class, BenchCommand.class,
        GoldenCommand.class, FuzzCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:the scenario ran to its end (diff: no difference)",
        "1:diff: the normalised transcripts differ",
        "2:the scenario cannot be run (missing file, unsupported line, bad option)",
        "3:the kernel backend cannot run here (no namespaces, a tool missing, taps or captures without root)",
        "4:the kernel backend's sandbox failed",
        "5:a capture cannot be written (nothing ran, or the run stopped; files stay valid)",
        "70:internal error"})
public final class Nslab implements Callable<Integer>
{
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(final String[] args)
    {
        HeapReserve.ensure();
        final PrintWriter out = new PrintWriter(System.out, true);
        final PrintWriter err = new PrintWriter(System.err, true);
        int exitCode;
        try
        {
            exitCode = commandLine(out, err).execute(args);
        }
        catch (final RuntimeException | Error e)
        {
            // Beyond the command's own handling (picocli's parsing ran out of memory, say): still one line.
            exitCode = reportInternalError(e, out, err);
        }
        out.flush();
        System.exit(exitCode);
    }

    /** The configured command line, printing to the given writers (tests run it in-process). */
    public static CommandLine commandLine(final PrintWriter out, final PrintWriter err)
    {
        final CommandLine commandLine = new CommandLine(new Nslab());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((exception, failed, parsed) ->
            reportInternalError(exception, failed.getOut(), failed.getErr()));
        // Errors (out of memory, out of stack) are not exceptions picocli handles: they get the same one line.
        final CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
        commandLine.setExecutionStrategy(parsed ->
        {
            try
            {
                return run.execute(parsed);
            }
            catch (final VirtualMachineError e)
            {
                return reportInternalError(e, out, err);
            }
        });
        commandLine.setParameterExceptionHandler((exception, args) ->
        {
            final CommandLine failed = exception.getCommandLine();
            failed.getErr().println("nslab: " + exception.getMessage());
            failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more.");
            return ExitCodes.CANNOT_RUN;
        });
        return commandLine;
    }

    /**
     * A failure of nslab itself (a bug, or the JVM out of heap or stack): one line, not a stack trace, unless
     * {@code NSLAB_DEBUG} asks for one; the transcript so far is flushed first.
     *
     * @return the internal error's exit code.
     */
    static int reportInternalError(final Throwable failure, final PrintWriter out, final PrintWriter err)
    {
        if (failure instanceof OutOfMemoryError)
        {
            HeapReserve.release();
        }
        out.flush();
        if (failure instanceof ScenarioLineFailure)
        {
            err.println("nslab: " + failure.getMessage());
        }
        else
        {
            err.println("nslab: internal error: " + ScenarioLineFailure.describe(failure));
        }
        if (System.getenv("NSLAB_DEBUG") != null)
        {
            (failure instanceof ScenarioLineFailure ? failure.getCause() : failure).printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }

    /**
     * A failure the user can act on (exit 3, 4, 5), once the transcript so far is out: one line on stderr.
     *
     * @return {@code exitCode}.
     */
    static int reportFailure(final String message, final int exitCode, final PrintWriter out, final PrintWriter err)
    {
        out.flush();
        err.println("nslab: " + message);
        return exitCode;
    }

    /** Without a command: the usage, on stderr, and the exit code of a command line that cannot run. */
    @Override
    public Integer call()
    {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.CANNOT_RUN;
    }

    /** The version from the jar's manifest, or {@code development} when run from classes. */
    static final class Version implements CommandLine.IVersionProvider
    {
        @Override
        public String[] getVersion()
        {
            final String version = Nslab.class.getPackage().getImplementationVersion();
            return new String[] {"nslab " + (version == null ? "development" : version)};
        }
    }
}
