package dev.nslab.cli.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes random but meaningful scenarios over what nslab emulates, from a seed: scenario {@code i} of seed {@code S}
 * is the same text, byte for byte, whatever else runs, so a campaign's differences replay with
 * {@code nslab fuzz --seed S}. A model of the machine ({@link World}) keeps most commands meaningful; producers,
 * one per area and each with a weight that depends on the model, write the lines; mistakes come at the chosen
 * rate. Every line passes the emulation's gate ({@link Script}).
 */
public final class ScenarioGenerator
{
    /** The default longest scenario, in commands. */
    public static final int LONGEST = 36;

    private static final int SHORTEST = 6;

    private final long seed;
    private final double mistakeRate;
    private final boolean tapsAllowed;
    private final int longest;
    private final List<Producer> producers = List.of(new TopologyProducer(), new NamespaceProducer(),
        new LinkProducer(), new LinkSetProducer(), new AddressProducer(), new Ipv6AddressProducer(), new Ipv6RouteProducer(), new RouteProducer(), new RuleProducer(),
        new SysctlProducer(), new RouterSettingProducer(), new PingProducer(), new InspectionProducer(),
        new NeighbourProducer(), new IptablesProducer(), new Ping6Producer());
    private final Producer mistakes = new MistakeProducer();

    /**
     * @param seed        the campaign's seed.
     * @param mistakeRate the share of lines that are deliberate mistakes, 0 to 1.
     * @param tapsAllowed whether the kernel backend can make taps here (see {@link Campaign#kernelMakesTaps}).
     * @param longest     the longest scenario, in commands (the shortest is 6; a producer's last lines may go past).
     */
    public ScenarioGenerator(final long seed, final double mistakeRate, final boolean tapsAllowed, final int longest)
    {
        if (longest < SHORTEST)
        {
            throw new IllegalArgumentException("scenarios hold at least " + SHORTEST + " commands, not " + longest);
        }
        this.longest = longest;
        if (!(mistakeRate >= 0 && mistakeRate <= 1))
        {
            throw new IllegalArgumentException("the mistake rate is a share from 0 to 1, not " + mistakeRate);
        }
        this.seed = seed;
        this.mistakeRate = mistakeRate;
        this.tapsAllowed = tapsAllowed;
    }

    /** @return the text of scenario {@code index}: one command per line, a comment naming it first. */
    public String scenario(final long index)
    {
        final SplittableRandom random = new SplittableRandom(mix(seed, index));
        final World world = new World(tapsAllowed, random, index);
        final Script script = new Script(random);
        final int length = random.nextInt(SHORTEST, longest + 1);
        while (script.size() < length)
        {
            if (random.nextDouble() < mistakeRate)
            {
                mistakes.produce(world, script, random);
            }
            else
            {
                choose(world, random).produce(world, script, random);
            }
        }
        final StringBuilder text = new StringBuilder("# nslab fuzz --seed " + seed + ": scenario " + index + "\n");
        for (final String line : script.lines())
        {
            text.append(line).append('\n');
        }
        return text.toString();
    }

    private Producer choose(final World world, final SplittableRandom random)
    {
        final int[] weights = new int[producers.size()];
        int total = 0;
        for (int i = 0; i < weights.length; i++)
        {
            weights[i] = Math.max(0, producers.get(i).weight(world));
            total += weights[i];
        }
        int ticket = random.nextInt(total);
        for (int i = 0; i < weights.length; i++)
        {
            ticket -= weights[i];
            if (ticket < 0)
            {
                return producers.get(i);
            }
        }
        throw new IllegalStateException("weights changed while choosing");
    }

    /** SplitMix64's finaliser over seed and index: independent streams for neighbouring indexes. */
    static long mix(final long seed, final long index)
    {
        long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
