package dev.nslab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.nslab.cli.emulation.EmulationGate;
import dev.nslab.cli.emulation.ScenarioInterpreter;
import dev.nslab.core.scenario.Scenario;
import dev.nslab.core.scenario.ScenarioException;
import dev.nslab.core.scenario.ScenarioLine;
import dev.nslab.stack.Simulation;

/**
 * A seeded fuzz of scenario lines: random words from the command grammar (programs, ip objects and verbs, options,
 * device and namespace names, addresses, numbers) and some garbage, parsed as a scenario and run through the
 * interpreter in-process. Every line must end as a message and an exit code: no exception may escape, no output
 * may hold a stack trace, and a failing command must say something. The gate speaks for what is not emulated: a
 * line it refuses prints its one-line reason and exits 2, and no line it accepts makes an executor say "is not
 * emulated".
 */
class ScenarioFuzzTest
{
    /** -Dnslab.fuzz.seed and -Dnslab.fuzz.lines run a longer or another fuzz by hand. */
    private static final long SEED = Long.getLong("nslab.fuzz.seed", 20_240_805L);
    private static final int LINES = Integer.getInteger("nslab.fuzz.lines", 30_000);

    /** A fresh machine every so often, so that both empty and crowded machines are fuzzed. */
    private static final int LINES_PER_MACHINE = 400;

    private static final String[] PROGRAMS = {"ip", "ip", "ip", "ip", "ping", "sysctl"};
    private static final String[] IP_OPTIONS = {"-n", "-netns", "-s", "-d", "-br", "-brief", "-o", "-4", "-6", "-f",
        "-family", "inet", "-a", "-all", "-j", "-c", "-loops", "--", "-", "-b", "-batch", "--b", "-force", "-rc", "-t",
        "-N", "-r", "-l", "-V", "-h"};
    private static final String[] OBJECTS = {"link", "l", "addr", "address", "a", "route", "r", "ro", "neigh",
        "neighbour", "n", "netns", "tuntap", "tap", "rule", "help", "maddress", "xfrm", "monitor"};
    private static final String[] VERBS = {"add", "del", "delete", "show", "list", "ls", "set", "flush", "get",
        "exec", "identify", "attach", "change", "replace", "append", "save", "restore", "help", "set-id"};
    private static final String[] KEYWORDS = {"dev", "type", "veth", "peer", "name", "netns", "up", "down", "mtu",
        "address", "via", "src", "table", "metric", "proto", "scope", "broadcast", "brd", "label", "mode", "tap",
        "tun", "default", "local", "main", "all", "lladdr", "nud", "permanent", "to", "from", "onlink", "alias",
        "master", "nomaster", "arp", "on", "off", "promisc", "txqueuelen", "qlen", "group", "index", "dynamic",
        "secondary", "primary", "unreachable", "blackhole", "prohibit", "throw", "host", "link", "global", "site"};
    private static final String[] PING_OPTIONS = {"-c", "-i", "-W", "-w", "-t", "-s", "-I", "-q", "-n", "-4", "-6",
        "-b", "-f", "-D", "-O", "-M", "do", "dont", "want", "-p", "-Q", "-l", "-R", "-v"};
    private static final String[] SYSCTL_WORDS = {"-w", "-n", "-a", "-e", "-q", "-p", "net.ipv4.ip_forward",
        "net.ipv4.ip_forward=1", "net.ipv4.ip_forward=0", "net.ipv4.ip_forward=banana",
        "net.ipv4.conf.all.forwarding=1", "net.ipv4.neigh.default.retrans_time_ms=10", "net.ipv4.ipfrag_time=1",
        "net.ipv4.icmp_ratelimit=0", "net.ipv4.conf.lo.rp_filter", "kernel.hostname", "net.ipv4.ping_group_range",
        "net.ipv4.ip_default_ttl=0", "net.ipv4.ip_default_ttl=256", "net.ipv4.ip_default_ttl=1", "-f", "--system",
        "--load", "kernel.domainname=x", "net/ipv4/ip_forward", "vm.swappiness=1", "--", "-r"};
    private static final String[] NAMES = {"a", "b", "ns0", "ns1", "red", "blue", "lo", "eth0", "veth0", "veth1",
        "tap0", "tap1", "va", "vb", "x", "host", "default", "all", "averyveryveryverylongname", "a/b", ".", "..",
        "é", "a b"};
    private static final String[] ADDRESSES = {"10.0.0.1", "10.0.0.2", "10.0.0.1/24", "10.0.0.2/24", "10.0.0.0/8",
        "0.0.0.0/0", "127.0.0.1", "255.255.255.255", "224.0.0.1", "10.0.0.1/33", "10.0.0.256", "1.2.3",
        "::1", "fe80::1/64", "10.0.1.1/32", "0/0", "default", "10.0.0.1/-1", "00:11:22:33:44:55", "ff:ff:ff:ff:ff:ff",
        "zz:11:22:33:44:55", "10.1"};
    private static final String[] NUMBERS = {"0", "1", "2", "3", "-1", "65535", "65536", "68", "67", "1500",
        "65521", "70000", "2147483647", "2147483648", "4294967295", "4294967296", "99999999999999999999", "0.2",
        "0.001", "1.5", "0x10", "010", "1e3", "NaN", "-0", "+5"};
    private static final String[] GARBAGE = {"\\x00", "''", "\"\"", "--help", "-", "=", "/", "%", "@", "\u00ff",
        "\u202e", "\u4e2d\u6587", "\\t", "###", "'quoted word'", "\"dq $x\"", "nslab", "echo", "true"};

    @Test
    void shouldTurnEveryFuzzedLineIntoAMessageAndAnExitCode()
    {
        final SplittableRandom random = new SplittableRandom(SEED);
        final StringBuilder failures = new StringBuilder();
        int parsed = 0;
        int rejectedByParser = 0;
        int failedCommands = 0;
        int gateAccepted = 0;
        long slowestNs = 0;
        String slowest = "";
        ScenarioInterpreter interpreter = null;
        final long started = System.nanoTime();
        for (int i = 0; i < LINES; i++)
        {
            if (i % LINES_PER_MACHINE == 0)
            {
                interpreter = new ScenarioInterpreter(new Simulation(SEED + i), Duration.ofMillis(200));
            }
            final String text = randomLine(random);
            final List<ScenarioLine> lines;
            try
            {
                lines = Scenario.parse("fuzz.sh", text).lines();
            }
            catch (final ScenarioException e)
            {
                // The parser's refusal is one FILE:LINE message too.
                assertTrue(e.getMessage().startsWith("fuzz.sh:"), e.getMessage());
                assertFalse(e.getMessage().contains("\n"), e.getMessage());
                rejectedByParser++;
                continue;
            }
            for (final ScenarioLine line : lines)
            {
                parsed++;
                final long before = System.nanoTime();
                final ScenarioInterpreter.Result result;
                try
                {
                    result = interpreter.execute(line);
                }
                catch (final RuntimeException | StackOverflowError e)
                {
                    failures.append(line.text()).append("\n    -> ").append(e).append(" at ")
                        .append(e.getStackTrace().length > 3 ? e.getStackTrace()[2] : "?").append('\n');
                    // The machine may be in any state after an escaped exception: start again.
                    interpreter = new ScenarioInterpreter(new Simulation(SEED + i), Duration.ofMillis(200));
                    continue;
                }
                final long took = System.nanoTime() - before;
                if (took > slowestNs)
                {
                    slowestNs = took;
                    slowest = line.text();
                }
                final String printed = result.printed();
                if (EmulationGate.INSTANCE.vet(line.words()).isAccepted())
                {
                    gateAccepted++;
                    if (printed.contains("is not emulated"))
                    {
                        failures.append(line.text()).append("\n    -> the gate accepted it, then: ").append(printed)
                            .append('\n');
                    }
                }
                else if (result.exitCode() != 2 || !printed.startsWith("nslab: ") || printed.lines().count() != 1)
                {
                    failures.append(line.text()).append("\n    -> refused without one line and exit 2: ").append(printed)
                        .append('\n');
                }
                if (printed.contains("Exception") || printed.contains("\tat "))
                {
                    failures.append(line.text()).append("\n    -> a stack trace: ").append(printed).append('\n');
                }
                if (result.exitCode() != 0)
                {
                    failedCommands++;
                    if (printed.isBlank())
                    {
                        failures.append(line.text()).append("\n    -> exit ").append(result.exitCode())
                            .append(" without a message\n");
                    }
                }
            }
        }
        System.out.printf("scenario fuzz (seed %d): %d lines generated, %d rejected by the parser, %d run (%d accepted "
            + "by the gate, %d failed with a message) in %d ms; slowest %.1f ms: %s%n", SEED, LINES,
            rejectedByParser, parsed, gateAccepted, failedCommands, (System.nanoTime() - started) / 1_000_000,
            slowestNs / 1e6, slowest);
        assertEquals("", failures.toString(), "lines that escaped the interpreter");
        assertTrue(parsed >= 20_000, "at least 20k lines must reach the interpreter, not " + parsed);
        assertTrue(gateAccepted >= 10_000, "at least 10k lines must pass the gate and run, not " + gateAccepted);
    }

    /**
     * Commands that work on a suitable machine: run as they are, or with one word replaced, they take the fuzz past
     * the argument checks into the stack (namespaces, veths, taps, addresses, routes, pings that get answers).
     */
    private static final String[] TEMPLATES = {
        "ip netns add NAME", "ip netns del NAME", "ip link add NAME type veth peer name NAME",
        "ip link add NAME netns NAME type veth peer name NAME netns NAME", "ip link set NAME netns NAME",
        "ip -n NAME link set NAME up", "ip link set NAME up", "ip -n NAME link set lo up",
        "ip -n NAME addr add ADDRESS dev NAME", "ip addr add ADDRESS dev NAME", "ip tuntap add dev NAME mode tap",
        "ip -n NAME route add ADDRESS via ADDRESS", "ip -n NAME route add default via ADDRESS dev NAME",
        "ip netns exec NAME ping -c 1 -W 1 ADDRESS", "ip netns exec NAME ping -c 2 -i 0.2 ADDRESS",
        "ip netns exec NAME sysctl -w net.ipv4.ip_forward=1", "ip -n NAME neigh", "ip -n NAME route get ADDRESS",
        "ip -s link", "ip -n NAME link set NAME mtu NUMBER", "ip -n NAME addr flush dev NAME",
        "ip netns exec NAME ping -c 1 -s NUMBER -W 1 ADDRESS", "ip netns exec NAME ping -c 1 -t NUMBER ADDRESS"};

    private static String templateLine(final SplittableRandom random)
    {
        final String[] words = pick(random, TEMPLATES).split(" ");
        for (int i = 0; i < words.length; i++)
        {
            words[i] = switch (words[i])
            {
                case "NAME" -> pick(random, SHORT_NAMES);
                case "ADDRESS" -> pick(random, ADDRESSES);
                case "NUMBER" -> pick(random, NUMBERS);
                default -> words[i];
            };
        }
        if (random.nextInt(3) == 0)
        {
            final String[] pool = random.nextBoolean() ? KEYWORDS : random.nextBoolean() ? NUMBERS : GARBAGE;
            words[1 + random.nextInt(words.length - 1)] = pick(random, pool);
        }
        final StringBuilder line = new StringBuilder();
        for (final String word : words)
        {
            line.append(line.length() == 0 ? "" : " ").append(quoteIfNeeded(word));
        }
        return line.append('\n').toString();
    }

    private static final String[] SHORT_NAMES = {"a", "b", "va", "vb", "tap0", "lo"};

    private static String randomLine(final SplittableRandom random)
    {
        if (random.nextInt(100) < 40)
        {
            return templateLine(random);
        }
        final List<String> words = new ArrayList<>();
        final String program = pick(random, PROGRAMS);
        if (random.nextInt(10) == 0)
        {
            // Through ip netns exec, as scenarios often run their commands.
            words.add("ip");
            words.add("netns");
            words.add("exec");
            words.add(pick(random, NAMES));
        }
        words.add(program);
        final int length = random.nextInt(12);
        for (int i = 0; i < length; i++)
        {
            words.add(nextWord(random, program, i));
        }
        final StringBuilder line = new StringBuilder();
        for (final String word : words)
        {
            if (line.length() > 0)
            {
                line.append(' ');
            }
            line.append(quoteIfNeeded(word));
        }
        return line.append('\n').toString();
    }

    private static String nextWord(final SplittableRandom random, final String program, final int position)
    {
        final int roll = random.nextInt(100);
        if (roll < 4)
        {
            return pick(random, GARBAGE);
        }
        if (roll < 12)
        {
            return pick(random, NUMBERS);
        }
        if (roll < 24)
        {
            return pick(random, ADDRESSES);
        }
        if (roll < 38)
        {
            return pick(random, NAMES);
        }
        switch (program)
        {
            case "ping":
                return pick(random, PING_OPTIONS);
            case "sysctl":
                return pick(random, SYSCTL_WORDS);
            default:
                if (position == 0)
                {
                    return random.nextInt(4) == 0 ? pick(random, IP_OPTIONS) : pick(random, OBJECTS);
                }
                if (position == 1)
                {
                    return random.nextInt(3) == 0 ? pick(random, OBJECTS) : pick(random, VERBS);
                }
                return random.nextInt(5) == 0 ? pick(random, VERBS) : pick(random, KEYWORDS);
        }
    }

    /** Words with a space or a quote go in single quotes, so the shell parser sees one word. */
    private static String quoteIfNeeded(final String word)
    {
        if (word.startsWith("'") || word.startsWith("\"") || word.startsWith("\\"))
        {
            return word;
        }
        if (word.contains(" "))
        {
            return "'" + word + "'";
        }
        return word;
    }

    private static String pick(final SplittableRandom random, final String[] choices)
    {
        return choices[random.nextInt(choices.length)];
    }
}
