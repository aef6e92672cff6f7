package dev.nslab.bench;

/**
 * How every benchmark's JVM runs: as the {@code nslab} launcher runs the simulator, so that a figure is what a user
 * gets.
 */
public final class BenchJvm
{
    /**
     * The throughput collector. The frame path allocates nothing but stores references all along (events, frames,
     * route results, pools), and G1's write barrier on each of them cost a fifth of an echo round trip; the parallel
     * collector's card mark costs next to nothing, and with no allocation in steady state there is nothing for G1's
     * short pauses to win back.
     */
    public static final String COLLECTOR = "-XX:+UseParallelGC";

    private BenchJvm()
    {
    }
}
