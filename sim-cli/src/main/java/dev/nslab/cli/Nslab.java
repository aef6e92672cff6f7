package dev.nslab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code nslab}: run network-namespace scenarios on the simulator or on the real kernel, and compare the two.
 */
@Command(name = "nslab", mixinStandardHelpOptions = true, versionProvider = Nslab.Version.class,
    description = "A userspace simulator of Linux network namespaces: runs scenarios of ip, bridge, ping and sysctl "
        + "commands and prints what a real Linux machine would print.",
    subcommands = {RunCommand.class, DiffCommand.class, MatrixCommand.class, GraphCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:the scenario ran to its end (diff: no difference)",
        "1:diff: the normalised transcripts differ",
        "2:the scenario cannot be run (missing file, unsupported line, bad option)",
        "3:the kernel backend cannot run here (not root, no namespaces)",
        "4:the kernel backend's sandbox failed",
        "5:a capture cannot be written (nothing ran, or the run stopped; files stay valid)",
        "70:internal error"})
public final class Nslab implements Callable<Integer>
{
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(final String[] args)
    {
        final PrintWriter out = new PrintWriter(System.out, true);
        final PrintWriter err = new PrintWriter(System.err, true);
        System.exit(commandLine(out, err).execute(args));
    }

    /** The configured command line, printing to the given writers (tests run it in-process). */
    public static CommandLine commandLine(final PrintWriter out, final PrintWriter err)
    {
        final CommandLine commandLine = new CommandLine(new Nslab());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((exception, failed, parsed) ->
        {
            // A bug in nslab: one line, not a stack trace, unless asked for.
            failed.getErr().println("nslab: internal error: " + exception);
            if (System.getenv("NSLAB_DEBUG") != null)
            {
                exception.printStackTrace(failed.getErr());
            }
            return ExitCodes.INTERNAL_ERROR;
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
