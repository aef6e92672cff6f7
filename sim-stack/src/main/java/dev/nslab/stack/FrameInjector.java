package dev.nslab.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.nslab.core.time.Timer;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.link.TapDevice;

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
 * <p>Frames are added with {@link #add} (held until injected) or come from a {@link FrameSource} (read one at a
 * time, each when the one before it is in: the way to replay a capture larger than the heap).
 *
 * <p>Simulation thread only: it is driven by one timer of the event loop, so frames at the same virtual time keep
 * the order they were added in.
 */
public final class FrameInjector
{
    /** The namespace "name" of the initial namespace, which has none (as captures name it). */
    public static final String INITIAL_NAMESPACE = "";

    private final Simulation simulation;
    private final String namespaceName;
    private final String deviceName;
    private final List<FrameSource.TimedFrame> added;
    private final Timer timer = new Timer(this::injectDue);
    private FrameSource source;
    private FrameSource.TimedFrame pending;
    private long lastTimeNs = -1;
    private long frames;
    private boolean started;
    private long injected;
    private long missed;

    /**
     * @param simulation    the simulation to inject into.
     * @param namespaceName the namespace's name; {@link #INITIAL_NAMESPACE} or null for the initial namespace.
     * @param deviceName    the device's name in that namespace.
     */
    public FrameInjector(final Simulation simulation, final String namespaceName, final String deviceName)
    {
        this.simulation = Objects.requireNonNull(simulation, "simulation");
        this.namespaceName = namespaceName;
        this.deviceName = Objects.requireNonNull(deviceName, "deviceName");
        this.added = new ArrayList<>();
    }

    /**
     * An injector whose frames come from {@code source}, read as they come due; {@link #add} is not for it.
     *
     * @param source gives the frames in time order; a frame out of order or at a negative time stops the run with
     *               an {@link IllegalStateException}.
     */
    public FrameInjector(final Simulation simulation, final String namespaceName, final String deviceName,
        final FrameSource source)
    {
        this.simulation = Objects.requireNonNull(simulation, "simulation");
        this.namespaceName = namespaceName;
        this.deviceName = Objects.requireNonNull(deviceName, "deviceName");
        this.source = Objects.requireNonNull(source, "source");
        this.added = null;
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
        if (null == added)
        {
            throw new IllegalStateException("this injector reads its frames from a source");
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
        added.add(new FrameSource.TimedFrame(timeNs, copy));
        lastTimeNs = timeNs;
        frames++;
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
        if (null == source)
        {
            source = new AddedFrames(added);
        }
        pending = read();
        scheduleNext();
    }

    /** @return the virtual time of the last frame added, or read so far from the source; -1 when none. */
    public long lastFrameTimeNs()
    {
        return lastTimeNs;
    }

    /** @return frames added in all, or read so far from the source. */
    public long frameCount()
    {
        return frames;
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
        return started && null == pending;
    }

    private void scheduleNext()
    {
        if (null != pending)
        {
            simulation.loop().schedule(timer, pending.timeNs());
        }
    }

    private void injectDue(final long now)
    {
        while (null != pending && pending.timeNs() <= now)
        {
            final byte[] bytes = pending.bytes();
            // Read the next one before delivering: a long capture is never held, only the frame going in.
            pending = read();
            deliver(bytes, now);
        }
        scheduleNext();
    }

    /** The source's next frame, checked: in time order, never negative. */
    private FrameSource.TimedFrame read()
    {
        final FrameSource.TimedFrame frame = source.next();
        if (null == frame)
        {
            return null;
        }
        if (frame.timeNs() < 0 || frame.timeNs() < lastTimeNs && null == added)
        {
            throw new IllegalStateException("injected frame at " + frame.timeNs() + " ns, after one at "
                + lastTimeNs + " ns: a frame source must give its frames in time order");
        }
        if (null == added)
        {
            lastTimeNs = frame.timeNs();
            frames++;
        }
        return frame;
    }

    /** The frames given to {@link #add}, let go of one by one as they are injected. */
    private static final class AddedFrames implements FrameSource
    {
        private final List<TimedFrame> frames;
        private int next;

        AddedFrames(final List<TimedFrame> frames)
        {
            this.frames = frames;
        }

        @Override
        public TimedFrame next()
        {
            if (next == frames.size())
            {
                return null;
            }
            final TimedFrame frame = frames.get(next);
            // Drop our reference: a long capture must not stay in memory once replayed.
            frames.set(next++, null);
            return frame;
        }
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
        device.receive(simulation.pool().acquireCopy(bytes, 0, bytes.length), now);
    }

    private NetDevice findDevice()
    {
        final NetNamespace namespace = namespaceName == null || namespaceName.equals(INITIAL_NAMESPACE)
            ? simulation.host() : simulation.namespace(namespaceName);
        if (namespace == null || !namespace.isAlive())
        {
            return null;
        }
        return namespace.device(deviceName);
    }
}
