package dev.nslab.stack.link;

import java.util.SplittableRandom;

import dev.nslab.core.capture.CaptureSink;
import dev.nslab.core.frame.FramePool;
import dev.nslab.core.time.EventLoop;
import dev.nslab.core.time.KernelTimers;
import dev.nslab.stack.neigh.NeighbourContext;
import dev.nslab.stack.neigh.NeighbourGarbageCollector;

/**
 * What every namespace of one simulated machine shares, as a kernel's namespaces share one kernel: the virtual
 * clock and its event loop, the frame pool, the seeded random source, jiffies, the neighbour tables' common parts,
 * the linkwatch work, the capture hook and the media's latencies. The families and the devices hold it; the
 * registry of namespaces is {@code Simulation}'s. Simulation thread only.
 */
public final class Machine
{
    private final EventLoop loop = new EventLoop();
    private final FramePool pool = new FramePool();
    private final SplittableRandom random;
    /**
     * IPv6 autoconfiguration's randomness (DAD, MLD and router solicitation delays), drawn apart from {@link #random}
     * so that IPv4's draws (MACs, reachable times) stay what they were.
     */
    private final SplittableRandom addrconfRandom;
    /** IGMP's report delays, apart from the others for the same reason. */
    private final SplittableRandom igmpRandom;
    private final KernelTimers timers;
    private final NeighbourContext neighbourContext;
    /** nd_tbl's: IPv6 neighbours are collected and randomised apart from ARP's, as the kernel's two tables are. */
    private final NeighbourContext ndiscContext;
    private final LinkWatch linkWatch = new LinkWatch(this);
    private CaptureSink captureSink;
    /** One-way latency of a veth hop: echo round trips of about 0.04 ms, as on the kernel machine (BEHAVIOUR S7). */
    private long linkLatencyNs = 20_000;
    /** Latency of the loopback device: pings to an own address take about 0.034 ms, as measured there. */
    private final long loopbackLatencyNs = 17_000;

    /**
     * @param neighbourTables every ARP table of the machine, in the order the kernel's collector walks them.
     * @param ndiscTables     every IPv6 neighbour table, likewise.
     */
    public Machine(final long seed, final NeighbourGarbageCollector.Tables neighbourTables,
        final NeighbourGarbageCollector.Tables ndiscTables)
    {
        this.random = new SplittableRandom(seed);
        this.addrconfRandom = new SplittableRandom(seed ^ 0x9E37_79B9_7F4A_7C15L);
        this.igmpRandom = new SplittableRandom(seed ^ 0xBB67_AE85_84CA_A73BL);
        // A booted machine's jiffies are not aligned to anything; the phase only shifts timer rounding.
        this.timers = new KernelTimers(4_294_667_296L + random.nextInt(1 << 16));
        this.neighbourContext = new NeighbourContext(loop, timers, random, neighbourTables);
        this.ndiscContext = new NeighbourContext(loop, timers, new SplittableRandom(seed ^ 0x6A09_E667_F3BC_C909L),
            ndiscTables);
    }

    public EventLoop loop()
    {
        return loop;
    }

    public FramePool pool()
    {
        return pool;
    }

    public SplittableRandom random()
    {
        return random;
    }

    /** @return the seeded source of IPv6 autoconfiguration's random delays and nonces. */
    public SplittableRandom addrconfRandom()
    {
        return addrconfRandom;
    }

    /** @return the seeded source of IGMP's random report delays. */
    public SplittableRandom igmpRandom()
    {
        return igmpRandom;
    }

    public KernelTimers timers()
    {
        return timers;
    }

    public NeighbourContext neighbourContext()
    {
        return neighbourContext;
    }

    /** @return what every IPv6 neighbour table shares (nd_tbl's collector and reachable-time randomness). */
    public NeighbourContext ndiscContext()
    {
        return ndiscContext;
    }

    public LinkWatch linkWatch()
    {
        return linkWatch;
    }

    /** @return where frames are captured, or null (capture off). */
    public CaptureSink captureSink()
    {
        return captureSink;
    }

    public void setCaptureSink(final CaptureSink sink)
    {
        this.captureSink = sink;
    }

    public long linkLatencyNs()
    {
        return linkLatencyNs;
    }

    public void setLinkLatencyNs(final long latencyNs)
    {
        this.linkLatencyNs = latencyNs;
    }

    public long loopbackLatencyNs()
    {
        return loopbackLatencyNs;
    }

    /** eth_random_addr: a random unicast, locally administered MAC. */
    public long randomMac()
    {
        long mac = random.nextLong() & 0xFFFF_FFFF_FFFFL;
        mac &= ~0x0100_0000_0000L;
        mac |= 0x0200_0000_0000L;
        return mac;
    }
}
