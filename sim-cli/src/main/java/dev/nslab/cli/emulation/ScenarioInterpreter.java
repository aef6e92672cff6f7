package dev.nslab.cli.emulation;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import dev.nslab.core.scenario.CommandVerdict;
import dev.nslab.core.scenario.ScenarioLine;
import dev.nslab.stack.Simulation;

/**
 * Runs scenario lines on one simulated machine, printing what iproute2 6.1, iputils ping 20221126 and procps sysctl
 * print on the kernel. The text is made here; what happens is the stack's business. Each line is vetted by
 * {@link EmulationGate} first: a refused one prints its reason and exits 2 without running.
 */
public final class ScenarioInterpreter
{
    /** What one command printed and the exit code it returned. */
    public record Result(String printed, int exitCode)
    {
    }

    private final Simulation simulation;
    private final long interruptAfterNs;
    /** The wall time the command just run takes on the kernel, to pass in virtual time before the next one. */
    private long commandGapNs;

    /**
     * What one command costs in wall time in the kernel backend's sandbox, measured with ping -D stamps (2 runs of
     * 20 or 40 each): an {@code ip} or {@code bridge} command 2.0 to 3.9 ms, each {@code ip netns exec} around it
     * 1.5 ms more (the fork, setns and exec); moving a device to another namespace 27 ms and deleting one 22 ms, the
     * RCU grace periods of dev_change_net_namespace and unregister_netdevice (synchronize_net) being most of it.
     */
    private static final long COMMAND_NS = 2_500_000L;
    /**
     * A ping's wall time besides its probes and waits: ping -c 1 of an answering address took 5.2 to 5.5 ms in all
     * (ping -D stamps: 2 to 4 ms from the start to the first echo, 2 to 3.7 ms from the reply to the exit), a
     * {@code ping -w 1} 1005 ms.
     */
    private static final long PING_NS = 5_000_000L;
    private static final long NETNS_EXEC_NS = 1_500_000L;
    private static final long DEVICE_MOVE_NS = 27_000_000L;
    private static final long DEVICE_DELETE_NS = 22_000_000L;

    /**
     * @param simulation     the machine the commands run on; they start in its initial namespace.
     * @param interruptAfter how long a ping with neither {@code -c} nor {@code -w} runs before its Ctrl+C.
     */
    public ScenarioInterpreter(final Simulation simulation, final Duration interruptAfter)
    {
        this.simulation = Objects.requireNonNull(simulation, "simulation");
        this.interruptAfterNs = interruptAfter.toNanos();
    }

    /**
     * Runs one line and keeps what it printed: for short commands (probes, tests). A scenario's lines go through
     * {@link #execute(ScenarioLine, Consumer)}, which keeps nothing.
     */
    public Result execute(final ScenarioLine line)
    {
        final StringBuilder printed = new StringBuilder();
        final int exitCode = execute(line, printed::append);
        return new Result(printed.toString(), exitCode);
    }

    /**
     * Runs one line, handing what it prints to {@code printed} as the program prints it (a ping's reply lines as the
     * replies arrive). A line the gate refuses prints the refusal and exits 2, as the command line tools refuse the
     * whole scenario before anything runs.
     *
     * @return the command's exit code.
     */
    public int execute(final ScenarioLine line, final Consumer<String> printed)
    {
        final CommandVerdict verdict = EmulationGate.INSTANCE.vet(line.words());
        if (!verdict.isAccepted())
        {
            printed.accept("nslab: " + verdict.refusal() + "\n");
            return 2;
        }
        final long interruptAt = verdict.runsUntilInterrupted() ? interruptAfterNs : Long.MAX_VALUE;
        simulation.commandStarting(commandGapNs);
        final int exitCode = Programs.run(line.words(),
            new Invocation(simulation, simulation.host(), new Output(printed), interruptAt));
        commandGapNs = wallTimeOnKernel(line.words(), exitCode == 0);
        return exitCode;
    }

    /**
     * @return the wall time a command takes on the kernel: by how many {@code ip netns exec} it runs through,
     *         whether the {@code ip} command inside moves or deletes a device, or whether it is a ping.
     */
    static long wallTimeOnKernel(final List<String> words)
    {
        return wallTimeOnKernel(words, true);
    }

    /**
     * @param succeeded whether the command exited 0: a move or delete that failed never reached the RCU grace
     *                  periods that make the successful ones slow.
     */
    static long wallTimeOnKernel(final List<String> words, final boolean succeeded)
    {
        long ns = 0;
        List<String> command = words;
        while (!command.isEmpty() && command.get(0).equals("ip"))
        {
            final List<String> arguments = command.subList(1, command.size());
            final GlobalOptions.Parsed parsed = GlobalOptions.IP.parse(arguments);
            if (parsed.end() != GlobalOptions.End.OBJECT || parsed.objectIndex() >= arguments.size())
            {
                break;
            }
            final String object = IpCommand.objectOf(arguments.get(parsed.objectIndex()));
            final List<String> rest = arguments.subList(parsed.objectIndex() + 1, arguments.size());
            final String verb = rest.isEmpty() ? "" : rest.get(0);
            if (object.equals("netns") && Keywords.matches(verb, "exec") && rest.size() > 2)
            {
                ns += NETNS_EXEC_NS;
                command = rest.subList(2, rest.size());
                continue;
            }
            if (succeeded && object.equals("link") && Keywords.matches(verb, "set") && rest.contains("netns"))
            {
                ns += DEVICE_MOVE_NS;
            }
            else if (succeeded && object.equals("link") && Keywords.matches(verb, "delete"))
            {
                ns += DEVICE_DELETE_NS;
            }
            break;
        }
        return ns + (!command.isEmpty() && command.get(0).equals("ping") ? PING_NS : COMMAND_NS);
    }
}
