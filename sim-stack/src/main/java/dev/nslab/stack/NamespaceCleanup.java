package dev.nslab.stack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import dev.nslab.core.time.EventLoop;
import dev.nslab.core.time.Timer;

/**
 * When a deleted namespace is torn down. {@code ip netns delete} only unmounts the name; the namespace goes when its
 * last reference does, and cleanup_net then runs from the kernel's ordered "netns" workqueue, one batch of dying
 * namespaces after the other. Measured on kernel 6.18 (2026-12-03, {@code ip -ts monitor link} in the peer's
 * namespace, and runs of the kernel backend counting how many commands after the delete still list the veth peer):
 * <ul>
 * <li>a namespace nothing holds is gone 0.5 ms after the delete returns, before the next command looks (44 of 44
 * raw runs, 16 of 16 in the sandbox), whatever it holds besides a bridge: devices up or down, addresses, routes,
 * IPv6 addresses, taps, devices moved in;</li>
 * <li>a socket a command opened in the namespace ({@code ip -n NS}, {@code bridge -n NS}, any {@code ip}, ping or
 * iptables run by {@code ip netns exec NS}; not {@code sysctl}) holds it until the socket is freed, an RCU grace
 * period after the command ends: the peer went 11 to 32 ms after the delete returned when such a command came just
 * before it (raw), and in the sandbox, where commands come some 2.5 ms apart, the 1st to 8th command after the
 * delete still listed it in 97, 94, 85, 73, 56, 33, 16, 5 % of 110 runs (11 variants: read-only or changing
 * commands, ip or ping in the namespace, after idle or busy spells). Grace periods already under way shorten it:
 * right after the namespaces were made (30 runs) it was still listed by the 3rd command in 63 %, by the 5th in 17 %;
 * nslab models the machine past that;</li>
 * <li>a bridge in the namespace makes cleanup_net itself slow (its teardown waits for the bridge's references):
 * 36 to 64 ms after the delete (raw), 4 to 15 commands after it in the sandbox (median 7).</li>
 * </ul>
 * nslab does what the kernel did most often: a namespace is torn down {@link #START_NS} after the delete, or
 * {@link #SOCKET_HOLD_NS} after the end of the last command that had a socket in it if that is later, plus
 * {@link #BRIDGE_NS} when it holds a bridge; namespaces that become ready before the batch in the workqueue starts
 * join it, the others queue behind it.
 */
final class NamespaceCleanup
{
    /**
     * From the delete to cleanup_net's teardown of a namespace nothing else holds: before the next command looks,
     * which on a fast day comes 1.7 ms after the delete acted (the sandbox's commands took 1.7 to 2.9 ms each).
     */
    static final long START_NS = 1_000_000L;
    /** From the end of a command that had a socket in the namespace to the free of that socket's reference. */
    static final long SOCKET_HOLD_NS = 16_000_000L;
    /** What a bridge adds to cleanup_net. */
    static final long BRIDGE_NS = 17_000_000L;

    /** One cleanup_net run: the namespaces it tears down, when it starts and when their devices are gone. */
    private final class Batch
    {
        final List<NetNamespace> members = new ArrayList<>();
        final long start;
        long end;
        final Timer timer = new Timer(now -> run(this));

        Batch(final long start)
        {
            this.start = start;
            this.end = start;
        }
    }

    private final EventLoop loop;
    private final Consumer<NetNamespace> tearDown;
    /** Namespaces whose name is gone, with the batch that tears them down. */
    private final Map<NetNamespace, Batch> dying = new LinkedHashMap<>();
    /** When the last socket a command opened in a namespace lets go of it. */
    private final Map<NetNamespace, Long> socketsFreedAt = new HashMap<>();
    /** The namespaces the command now running has opened sockets in. */
    private final Set<NetNamespace> usedByCommand = new LinkedHashSet<>();
    /** The batch last queued: a namespace ready before it starts joins it. */
    private Batch lastBatch;

    /**
     * @param loop     the machine's event loop.
     * @param tearDown destroys a namespace's devices and forgets its ids elsewhere.
     */
    NamespaceCleanup(final EventLoop loop, final Consumer<NetNamespace> tearDown)
    {
        this.loop = loop;
        this.tearDown = tearDown;
    }

    /** The command now running opened a socket (netlink, ICMP) in {@code namespace}. */
    void socketOpened(final NetNamespace namespace)
    {
        usedByCommand.add(namespace);
    }

    /**
     * The command that was running ends at {@code endNs} (told before the loop runs there, so that a cleanup due
     * meanwhile sees the sockets): they close then, and free their namespaces' references later.
     */
    void commandEnded(final long endNs)
    {
        if (usedByCommand.isEmpty())
        {
            return;
        }
        final long freedAt = endNs + SOCKET_HOLD_NS;
        for (final NetNamespace namespace : usedByCommand)
        {
            socketsFreedAt.put(namespace, freedAt);
            final Batch batch = dying.get(namespace);
            if (batch != null && freedAt > batch.start)
            {
                // the delete came from a command inside the namespace: its own socket holds it
                leave(batch, namespace);
                queue(namespace, freedAt);
            }
        }
        usedByCommand.clear();
    }

    /** {@code ip netns delete}: the name went now; the namespace goes when nothing holds it. */
    void deleted(final NetNamespace namespace)
    {
        queue(namespace, Math.max(loop.now() + START_NS, socketsFreedAt.getOrDefault(namespace, 0L)));
    }

    /** @return whether the namespace's name is gone but its devices are not. */
    boolean isDying(final NetNamespace namespace)
    {
        return dying.containsKey(namespace);
    }

    /** @return the namespaces waiting for their cleanup, in the order they were deleted. */
    Set<NetNamespace> dying()
    {
        return dying.keySet();
    }

    /** The namespace is gone by other means (torn down at once): nothing waits for it any more. */
    void forget(final NetNamespace namespace)
    {
        final Batch batch = dying.get(namespace);
        if (batch != null)
        {
            leave(batch, namespace);
        }
        socketsFreedAt.remove(namespace);
        usedByCommand.remove(namespace);
    }

    private void queue(final NetNamespace namespace, final long ready)
    {
        final Batch batch;
        // a batch with members has not run yet: one that has not started takes the namespace, one that has keeps
        // the ordered workqueue busy until it ends
        final boolean pending = lastBatch != null && !lastBatch.members.isEmpty();
        if (pending && lastBatch.start >= ready)
        {
            batch = lastBatch;
        }
        else
        {
            final long busyUntil = pending ? lastBatch.end : 0;
            batch = new Batch(Math.max(ready, busyUntil));
            lastBatch = batch;
        }
        batch.members.add(namespace);
        dying.put(namespace, batch);
        final long end = batch.start + (namespace.holdsBridge() ? BRIDGE_NS : 0);
        if (end > batch.end || batch.members.size() == 1)
        {
            batch.end = Math.max(batch.end, end);
            loop.cancel(batch.timer);
            loop.schedule(batch.timer, batch.end);
        }
    }

    private void leave(final Batch batch, final NetNamespace namespace)
    {
        batch.members.remove(namespace);
        dying.remove(namespace);
        if (batch.members.isEmpty())
        {
            loop.cancel(batch.timer);
        }
    }

    private void run(final Batch batch)
    {
        for (final NetNamespace namespace : List.copyOf(batch.members))
        {
            dying.remove(namespace);
            socketsFreedAt.remove(namespace);
            tearDown.accept(namespace);
        }
        batch.members.clear();
    }
}
