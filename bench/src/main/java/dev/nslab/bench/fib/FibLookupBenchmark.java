package dev.nslab.bench.fib;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import dev.nslab.bench.BenchJvm;
import dev.nslab.core.wire.Ipv4View;
import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.Simulation;
import dev.nslab.stack.ipv4.Fib;
import dev.nslab.stack.ipv4.Route;
import dev.nslab.stack.ipv4.RouteRequest;
import dev.nslab.stack.ipv4.RuleRequest;
import dev.nslab.stack.link.VethDevice;

/**
 * Nanoseconds per {@link Fib#lookup} in a namespace whose main table holds 10, 10k or 1M random routes (prefix
 * lengths uniform in /8../32, destinations random, seeded), added as {@code ip route replace PREFIX dev veth0}
 * would add them, besides the kernel's local and connected routes.
 *
 * <p>Two kinds of destinations: {@code uniform} 32-bit addresses (most match nothing or only a short prefix, so
 * the lookup probes many prefix lengths) and {@code covered} addresses drawn inside a random route of the table
 * (what a router mostly sees). They are precomputed and walked in order, so the loop itself costs a sequential read.
 *
 * <p>{@code rules}: {@code default} keeps the three default rules, with which the kernel (and nslab) reads no rule at
 * all and looks local and main up as one table; {@code custom} adds one rule that matches nothing
 * ({@code ip rule add from 203.0.113.0/24 table 100}), after which every lookup walks the rules: local, that one,
 * then main. Only {@code default} runs unless asked ({@code -p rules=default,custom}).
 *
 * <p>{@code java -jar bench/target/benchmarks.jar FibLookupBenchmark -f 1 -wi 2 -w 1s -i 3 -r 1s}
 */
@State(Scope.Thread)
@Fork(jvmArgsPrepend = BenchJvm.COLLECTOR)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FibLookupBenchmark
{
    private static final int DESTINATION_COUNT = 1 << 20;
    private static final int MIN_PREFIX_LENGTH = 8;
    private static final int MAX_PREFIX_LENGTH = 32;

    @Param({"10", "10000", "1000000"})
    public int routes;

    @Param({"uniform", "covered"})
    public String destinations;

    @Param({"default"})
    public String rules;

    private Fib fib;
    private int[] lookups;
    private int next;

    /** The table and the destinations, both from fixed seeds. */
    @Setup(Level.Trial)
    public void fillTable()
    {
        final Simulation simulation = new Simulation(42);
        final NetNamespace namespace = simulation.addNamespace("router");
        final VethDevice device = namespace.addVethPair("veth0", "veth1", null);
        namespace.addAddress(device, Ipv4View.parse("192.0.2.1"), 24, 0);
        namespace.setUp(device);
        final SplittableRandom random = new SplittableRandom(7);
        final int[] prefixes = new int[routes];
        final int[] lengths = new int[routes];
        for (int i = 0; i < routes; i++)
        {
            final int length = random.nextInt(MIN_PREFIX_LENGTH, MAX_PREFIX_LENGTH + 1);
            final int prefix = random.nextInt() & mask(length);
            prefixes[i] = prefix;
            lengths[i] = length;
            // Replace: a random prefix may repeat, as a second "ip route replace" of it would.
            namespace.addRoute(RouteRequest.to(prefix, length).dev(device), true);
        }
        if ("custom".equals(rules))
        {
            final RuleRequest rule = new RuleRequest();
            rule.source = Ipv4View.parse("203.0.113.0");
            rule.sourceLength = 24;
            rule.table = 100;
            namespace.addRule(rule);
        }
        else if (!"default".equals(rules))
        {
            throw new IllegalArgumentException("rules must be default or custom: " + rules);
        }
        fib = namespace.fib();
        lookups = new int[DESTINATION_COUNT];
        final boolean covered = "covered".equals(destinations);
        if (!covered && !"uniform".equals(destinations))
        {
            throw new IllegalArgumentException("destinations must be uniform or covered: " + destinations);
        }
        for (int i = 0; i < DESTINATION_COUNT; i++)
        {
            if (covered)
            {
                final int route = random.nextInt(routes);
                lookups[i] = prefixes[route] | (random.nextInt() & ~mask(lengths[route]));
            }
            else
            {
                lookups[i] = random.nextInt();
            }
        }
    }

    /** @return the route found (or null), so that the lookup is not optimised away. */
    @Benchmark
    public Route lookup()
    {
        final int index = next;
        next = (index + 1) & (DESTINATION_COUNT - 1);
        return fib.lookup(lookups[index]);
    }

    private static int mask(final int prefixLength)
    {
        return prefixLength == 0 ? 0 : -1 << (32 - prefixLength);
    }
}
