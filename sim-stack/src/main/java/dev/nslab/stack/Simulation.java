package dev.nslab.stack;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.nslab.core.capture.CaptureSink;
import dev.nslab.core.frame.FramePool;
import dev.nslab.core.time.EventLoop;
import dev.nslab.stack.app.Ping;
import dev.nslab.stack.app.PingListener;
import dev.nslab.stack.app.PingOptions;
import dev.nslab.stack.app.PingResult;
import dev.nslab.stack.ipv4.Ipv4Device;
import dev.nslab.stack.ipv4.Ipv4Sysctls;
import dev.nslab.stack.ipv6.Ipv6Device;
import dev.nslab.stack.link.Machine;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.neigh.NeighbourTable;
import dev.nslab.stack.netlink.NetlinkException;
import dev.nslab.stack.netlink.NetlinkException.Errno;

/**
 * One simulated Linux machine: the initial ("host") namespace, the named namespaces made with {@code ip netns add},
 * a virtual clock and the event loop that moves every frame. Same seed and same commands give the same run, byte
 * for byte: MAC addresses, timer jitter and IP identifiers all come from the seeded generator.
 *
 * <pre>{@code
 * Simulation sim = new Simulation(42);
 * NetNamespace a = sim.addNamespace("a"), b = sim.addNamespace("b");
 * VethDevice va = a.addVethPair("va", "vb", b);
 * ...
 * PingResult result = sim.ping(a, PingOptions.to("10.0.1.2").count(3));
 * }</pre>
 *
 * Simulation thread only: the thread that calls these methods is the simulation thread. Taps are the one way in
 * from other threads.
 */
public final class Simulation
{
    private final Machine machine;
    private final EventLoop loop;
    private int nextPid;

    private final NetNamespace host;
    private final Map<String, NetNamespace> namespaces = new LinkedHashMap<>();
    /** When deleted namespaces are torn down. */
    private final NamespaceCleanup cleanups;

    public Simulation(final long seed)
    {
        this.machine = new Machine(seed, this::forEachNeighbourTable, this::forEachNdiscTable);
        this.loop = machine.loop();
        this.nextPid = 1000 + machine.random().nextInt(30_000);
        this.host = new NetNamespace(this, null, new Ipv4Sysctls());
        host.setUp(host.loopback());
        this.cleanups = new NamespaceCleanup(loop, this::cleanUp);
    }

    public Simulation()
    {
        this(1);
    }

    /** @return what the namespaces share: clock, event loop, frame pool, random source, linkwatch. */
    public Machine machine()
    {
        return machine;
    }

    public EventLoop loop()
    {
        return loop;
    }

    public FramePool pool()
    {
        return machine.pool();
    }

    /** @return the virtual time in nanoseconds. */
    public long now()
    {
        return loop.now();
    }

    /** Sets where frames are captured (null: capture off, no cost). */
    public void setCaptureSink(final CaptureSink sink)
    {
        machine.setCaptureSink(sink);
    }

    public CaptureSink captureSink()
    {
        return machine.captureSink();
    }

    /**
     * Paces the simulation against the wall clock ({@code speed} virtual seconds per real second), for when a
     * program on another thread talks through a tap; 0 (the default) is pure virtual time.
     */
    public void setRealtimePace(final double speed)
    {
        loop.setPace(speed);
    }

    /** Sets the one-way latency of every veth hop. */
    public void setLinkLatencyNs(final long latencyNs)
    {
        machine.setLinkLatencyNs(latencyNs);
    }

    /** @return the initial namespace (the one {@code ip} runs in without {@code -n}). */
    public NetNamespace host()
    {
        return host;
    }

    /** {@code ip netns add NAME}: a namespace with only a loopback, down, and no address. */
    public NetNamespace addNamespace(final String name)
    {
        if (namespaces.containsKey(name))
        {
            throw new NetlinkException(Errno.EEXIST);
        }
        final NetNamespace namespace = new NetNamespace(this, name, Ipv4Sysctls.forNewNamespace());
        namespaces.put(name, namespace);
        return namespace;
    }

    /** @return the named namespace, or null. */
    public NetNamespace namespace(final String name)
    {
        return namespaces.get(name);
    }

    /** The neighbour collector's walk: the host's devices, then each named namespace's, in the order they came. */
    private void forEachNeighbourTable(final java.util.function.Consumer<NeighbourTable> action)
    {
        final List<NetNamespace> all = new ArrayList<>();
        all.add(host);
        all.addAll(namespaces.values());
        for (final NetNamespace namespace : all)
        {
            for (final NetDevice device : namespace.devices())
            {
                action.accept(Ipv4Device.of(device).neighbours());
            }
        }
    }

    /** nd_tbl's collector walk: the IPv6 tables that exist, in the same order as ARP's. */
    private void forEachNdiscTable(final java.util.function.Consumer<NeighbourTable> action)
    {
        final List<NetNamespace> all = new ArrayList<>();
        all.add(host);
        all.addAll(namespaces.values());
        for (final NetNamespace namespace : all)
        {
            for (final NetDevice device : namespace.devices())
            {
                final NeighbourTable table = Ipv6Device.neighboursIfAny(device);
                if (table != null)
                {
                    action.accept(table);
                }
            }
        }
    }

    /** @return the named namespaces in the order they were made. */
    public List<NetNamespace> namespaces()
    {
        return Collections.unmodifiableList(new ArrayList<>(namespaces.values()));
    }

    /** {@code ip netns delete NAME} with its cleanup done at once: devices destroyed, veth peers elsewhere too. */
    public void deleteNamespace(final String name)
    {
        final NetNamespace namespace = namespaces.remove(name);
        if (namespace == null)
        {
            throw new NetlinkException(Errno.ENOENT);
        }
        cleanUp(namespace);
    }

    /**
     * {@code ip netns delete NAME} as the kernel does it: the name goes at once, but the namespace (its devices, the
     * veth peers elsewhere, its nsids) lives until cleanup_net has run, which {@link NamespaceCleanup} times by what
     * holds the namespace and what it holds. Until then other namespaces still see their veth ends, with a
     * {@code link-netnsid} and no name, and traffic through them is still answered.
     */
    public void unlinkNamespace(final String name)
    {
        final NetNamespace namespace = namespaces.remove(name);
        if (namespace == null)
        {
            throw new NetlinkException(Errno.ENOENT);
        }
        cleanups.deleted(namespace);
    }

    /**
     * The command now running opened a socket in {@code namespace} (ip's netlink socket after {@code -n}, ping's
     * ICMP sockets): the socket keeps a deleted namespace alive until it is freed, after the command ends.
     */
    public void socketOpened(final NetNamespace namespace)
    {
        cleanups.socketOpened(namespace);
    }

    /**
     * A scenario's next command is about to run; linkwatch work due now (urgent link events) runs first. Callers
     * that drive the simulation without commands never call this, and linkwatch then follows virtual time alone (a
     * ping also runs linkwatch work due at its start).
     */
    public void commandStarting()
    {
        commandStarting(0);
    }

    /**
     * As {@link #commandStarting()}, after the wall time the previous command took on the kernel: a scenario's
     * commands start {@code previousCommandNs} of virtual time apart, so that what runs in the background (IPv6's
     * first MLD report some 10 ms after a link came up, timers, namespace cleanups) is as far along when the next
     * command looks. The previous command's sockets close at its end.
     */
    public void commandStarting(final long previousCommandNs)
    {
        commandStarting(previousCommandNs, 0);
    }

    /**
     * As {@link #commandStarting(long)}, the new command then taking {@code beforeEffectNs} of virtual time before
     * it acts (a process's start: fork, exec, the dynamic linker), while what runs in the background goes on.
     *
     * @param afterPreviousEffectNs the wall time the previous command took on the kernel after its effect.
     */
    public void commandStarting(final long afterPreviousEffectNs, final long beforeEffectNs)
    {
        cleanups.commandEnded(loop.now() + afterPreviousEffectNs);
        if (afterPreviousEffectNs > 0)
        {
            loop.runUntil(loop.now() + afterPreviousEffectNs);
        }
        machine.linkWatch().runDue();
        if (beforeEffectNs > 0)
        {
            loop.runUntil(loop.now() + beforeEffectNs);
            machine.linkWatch().runDue();
        }
    }

    private void cleanUp(final NetNamespace namespace)
    {
        cleanups.forget(namespace);
        if (!namespace.isAlive())
        {
            return;
        }
        namespace.destroy();
        host.forgetNsid(namespace);
        for (final NetNamespace other : namespaces.values())
        {
            other.forgetNsid(namespace);
        }
        for (final NetNamespace other : cleanups.dying())
        {
            other.forgetNsid(namespace);
        }
    }

    /** Runs the simulation for a span of virtual time. */
    public void runFor(final long durationNs)
    {
        loop.runUntil(loop.now() + durationNs);
    }

    /** Runs until nothing is left to do. */
    public void runUntilIdle()
    {
        loop.runUntilIdle();
    }

    /**
     * Runs a ping to completion in virtual time, as iputils ping 20221126 would behave, and keeps what it printed in
     * {@link PingResult#events()}. For long runs use {@link #ping(NetNamespace, PingOptions, PingListener)}.
     */
    public PingResult ping(final NetNamespace namespace, final PingOptions options)
    {
        final List<PingResult.Event> events = new ArrayList<>();
        return ping(namespace, options, events::add).withEvents(events);
    }

    /**
     * Runs a ping to completion, handing each reply and error to {@code listener} as it arrives and keeping none:
     * memory stays the same however many replies come. The result's {@link PingResult#events()} is empty.
     */
    public PingResult ping(final NetNamespace namespace, final PingOptions options, final PingListener listener)
    {
        machine.linkWatch().runDue();
        Objects.requireNonNull(listener, "listener");
        final Ping ping = options.isIpv6()
            ? Ping.ipv6(namespace.ipv6(), machine, options, nextPid++, listener)
            : Ping.ipv4(namespace.ipv4(), options, nextPid++, listener);
        return ping.run();
    }
}
