package dev.nslab.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.nslab.core.time.Timer;

/**
 * Replays Ethernet frames into a device at chosen virtual times, as if they came from the device's userspace side
 * (a program writing to a tap) or, for other kinds of device, as if they arrived on its medium. The frames go
 * through the same path as any received frame: capture, counters, then the namespace's link layer, so hostile
 * frames are dropped and counted there.
 *
 * <pre>{@code
 * FrameInjector injector = new FrameInjector(sim, "ns0", "tap0");
 * injector.add(1_000_000L, frameBytes);   // 1 ms of virtual time
 * injector.start();                       // then run the simulation
 * }</pre>
 *
 * <p>The device is looked up by name when each frame is due, not when the injector is made, because a scenario
 * usually creates its devices after the injection is set up. A frame due while the device does not exist is not
 * injected and counted in {@link #missedFrames()}. An unattached tap is attached first (a program opening the tap
 * is what injecting means for a tap), which brings its carrier up.
 *
 * <p>Simulation thread only: it is driven by one timer of the event loop, so frames at the same virtual time keep
 * the order they were added in.
 */
public final class FrameInjector
{
    /** Namespace name meaning the initial namespace, as capture files name it. */
    public static final String HOST_NAMESPACE = "host";

    private final Simulation simulation;
    private final String namespaceName;
    private final String deviceName;
    private final List<PendingFrame> frames = new ArrayList<>();
    private final Timer timer = new Timer(this::injectDue);
    private int next;
    private long lastTimeNs = -1;
    private boolean started;
    private long injected;
    private long missed;

    private record PendingFrame(long timeNs, byte[] bytes)
    {
    }

    /**
     * @param simulation    the simulation to inject into.
     * @param namespaceName the namespace's name; {@link #HOST_NAMESPACE} or null for the initial namespace.
     * @param deviceName    the device's name in that namespace.
     */
    public FrameInjector(final Simulation simulation, final String namespaceName, final String deviceName)
    {
        this.simulation = Objects.requireNonNull(simulation, "simulation");
        this.namespaceName = namespaceName;
        this.deviceName = Objects.requireNonNull(deviceName, "deviceName");
    }

    /**
     * Queues one frame. Frames must be added in non-decreasing time order and before {@link #start()}.
     *
     * @param timeNs virtual time at which the frame is received, in nanoseconds (a time already past means now).
     * @param frame  the Ethernet frame without FCS; copied, so the caller may reuse the array.
     */
    public FrameInjector add(final long timeNs, final byte[] frame)
    {
        return add(timeNs, frame, 0, frame.length);
    }

    /**
     * Queues one frame from part of an array.
     */
    public FrameInjector add(final long timeNs, final byte[] buffer, final int offset, final int length)
    {
        if (started)
        {
            throw new IllegalStateException("frames must be added before start()");
        }
        if (timeNs < 0)
        {
            throw new IllegalArgumentException("virtual time must not be negative: " + timeNs);
        }
        if (timeNs < lastTimeNs)
        {
            throw new IllegalArgumentException("frames must be added in time order: " + timeNs + " after "
                + lastTimeNs);
        }
        Objects.checkFromIndexSize(offset, length, buffer.length);
        final byte[] copy = new byte[length];
        System.arraycopy(buffer, offset, copy, 0, length);
        frames.add(new PendingFrame(timeNs, copy));
        lastTimeNs = timeNs;
        return this;
    }

    /** Schedules the first frame on the event loop; the rest follow as virtual time reaches them. */
    public void start()
    {
        if (started)
        {
            return;
        }
        started = true;
        scheduleNext();
    }

    /** @return the virtual time of the last frame, or -1 when there is none. */
    public long lastFrameTimeNs()
    {
        return lastTimeNs;
    }

    /** @return frames queued in all. */
    public int frameCount()
    {
        return frames.size();
    }

    /** @return frames handed to the device so far (the device may still drop them, and counts it if so). */
    public long injectedFrames()
    {
        return injected;
    }

    /** @return frames that were due while the namespace or the device did not exist. */
    public long missedFrames()
    {
        return missed;
    }

    /** @return true when every frame is injected or missed. */
    public boolean isDone()
    {
        return next == frames.size();
    }

    private void scheduleNext()
    {
        if (next < frames.size())
        {
            simulation.loop.schedule(timer, frames.get(next).timeNs());
        }
    }

    private void injectDue()
    {
        final long now = simulation.loop.now();
        while (next < frames.size() && frames.get(next).timeNs() <= now)
        {
            final PendingFrame frame = frames.get(next);
            // Drop our reference: a long capture must not stay in memory once replayed.
            frames.set(next, null);
            next++;
            deliver(frame.bytes(), now);
        }
        scheduleNext();
    }

    private void deliver(final byte[] bytes, final long now)
    {
        final NetDevice device = findDevice();
        if (device == null)
        {
            missed++;
            return;
        }
        if (device instanceof TapDevice tap && tap.handle() == null)
        {
            tap.attach();
        }
        injected++;
        // On the loop thread, receiving directly is what the tap's poller does with a frame from its ring; going
        // through the ring would make this a second producer next to any application thread writing to it.
        device.receive(simulation.pool.acquireCopy(bytes, 0, bytes.length), now);
    }

    private NetDevice findDevice()
    {
        final NetNamespace namespace = namespaceName == null || namespaceName.equals(HOST_NAMESPACE)
            ? simulation.host() : simulation.namespace(namespaceName);
        if (namespace == null || !namespace.isAlive())
        {
            return null;
        }
        return namespace.device(deviceName);
    }
}
