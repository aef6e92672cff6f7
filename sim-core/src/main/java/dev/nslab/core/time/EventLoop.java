package dev.nslab.core.time;

import java.util.ArrayList;
import java.util.List;

import org.jctools.queues.MpscArrayQueue;

/**
 * A deterministic discrete-event loop over a virtual nanosecond clock.
 *
 * <p>Events run in (time, sequence) order on the one thread that calls the {@code run} methods; virtual time jumps
 * from one event to the next, so a 3-second ARP timeout costs nothing. The queue ({@link EventQueue}) is a timer
 * wheel at the kernel's HZ with a sorted near list for frames in flight: scheduling, cancelling and rescheduling are
 * O(1) and allocate nothing in the common cases. One-shot events come from a pool and go back to it when they fire,
 * so the frame path allocates nothing in steady state.
 *
 * <p>Thread rules: everything here is for the loop's thread except {@link #execute(Runnable)}, the one way other
 * threads hand work to the loop. Not thread-safe otherwise.
 */
public final class EventLoop
{
    private static final int COMMAND_QUEUE_CAPACITY = 1024;
    private static final int COMMAND_DRAIN_LIMIT = 64;

    private final EventQueue queue = new EventQueue();
    private long now;
    private long nextSequence;
    private boolean stopRequested;
    private long eventsRun;

    /** Virtual nanoseconds per wall nanosecond when paced; 0 for pure virtual time. */
    private double pace;
    private long anchorVirtual;
    private long anchorWall;
    private final dev.nslab.core.ring.BackoffIdler idler = new dev.nslab.core.ring.BackoffIdler();

    private PooledEvent freeEvents;
    private final List<Poller> pollers = new ArrayList<>();
    private final MpscArrayQueue<Runnable> commands = new MpscArrayQueue<>(COMMAND_QUEUE_CAPACITY);

    /** @return the current virtual time in nanoseconds. */
    public long now()
    {
        return now;
    }

    /** @return how many events have run since the loop was made (for tests and benchmarks). */
    public long eventsRun()
    {
        return eventsRun;
    }

    /** @return how many events wait in the queue. */
    public int pending()
    {
        return queue.size();
    }

    /**
     * Schedules (or moves) an event to run at {@code time}; a time in the past runs at the current time.
     */
    public void schedule(final Event event, final long time)
    {
        if (event.place != Event.NOT_SCHEDULED)
        {
            queue.remove(event);
        }
        event.time = Math.max(time, now);
        event.sequence = nextSequence++;
        queue.add(event, now);
    }

    /** Removes a scheduled event from the queue; does nothing if it is not scheduled. */
    public void cancel(final Event event)
    {
        if (event.place != Event.NOT_SCHEDULED)
        {
            queue.remove(event);
        }
    }

    /**
     * Runs {@code handler.onEvent(time, attachment, argument)} at {@code time}, using a pooled event.
     */
    public void post(final long time, final EventHandler handler, final Object attachment, final long argument)
    {
        PooledEvent event = freeEvents;
        if (event == null)
        {
            event = new PooledEvent(this);
        }
        else
        {
            freeEvents = event.nextFree;
            event.nextFree = null;
        }
        event.handler = handler;
        event.attachment = attachment;
        event.argument = argument;
        schedule(event, time);
    }

    /** Adds work polled on every iteration (a tap's ring). Loop thread only. */
    public void addPoller(final Poller poller)
    {
        pollers.add(poller);
    }

    /** Removes a poller added before. Loop thread only. */
    public void removePoller(final Poller poller)
    {
        pollers.remove(poller);
    }

    /**
     * Hands a command to the loop from any thread; it runs on the loop's thread at the next iteration.
     *
     * @return false when the command queue is full (the caller backs off and retries).
     */
    public boolean execute(final Runnable command)
    {
        return commands.offer(command);
    }

    /**
     * Paces virtual time against the wall clock, for simulations with something outside attached (a program on a
     * tap's userspace side): the loop then never runs ahead of {@code speed} x wall time, and frames from outside
     * arrive at the virtual time matching when they came. 0 (the default) is pure virtual time: the clock jumps
     * from event to event. Loop thread only.
     */
    public void setPace(final double speed)
    {
        if (speed < 0)
        {
            throw new IllegalArgumentException("pace must not be negative: " + speed);
        }
        this.pace = speed;
        anchorToWallClock();
    }

    /** Pacing starts from here: the virtual clock now corresponds to the wall clock now. */
    private void anchorToWallClock()
    {
        anchorVirtual = now;
        anchorWall = System.nanoTime();
    }

    /** Makes the current {@code run} call return after the event that is running. Loop thread only. */
    public void requestStop()
    {
        stopRequested = true;
    }

    /** Runs until no event is left and nothing is polled, or until {@link #requestStop()}. */
    public void runUntilIdle()
    {
        runUntil(Long.MAX_VALUE);
    }

    /**
     * Runs every event due at or before {@code deadline}, then leaves the clock at {@code deadline} (when the
     * deadline is not {@link Long#MAX_VALUE}); stops early on {@link #requestStop()}.
     *
     * @return true if it stopped because of {@link #requestStop()}.
     */
    public boolean runUntil(final long deadline)
    {
        stopRequested = false;
        if (pace > 0)
        {
            // Only paced runs read the wall clock: a system call's worth per run is much of a short one's cost.
            anchorToWallClock();
        }
        while (!stopRequested)
        {
            final int polled = pollOutside();
            final Event next = queue.peek();
            if (next == null || next.time > deadline)
            {
                if (polled > 0)
                {
                    continue;
                }
                if (pace > 0 && !pollers.isEmpty() && deadline != Long.MAX_VALUE && !waitForWallClock(deadline))
                {
                    continue;
                }
                break;
            }
            if (pace > 0 && !waitForWallClock(next.time))
            {
                continue;
            }
            runNext();
        }
        if (stopRequested)
        {
            stopRequested = false;
            return true;
        }
        if (deadline != Long.MAX_VALUE && deadline > now)
        {
            now = deadline;
        }
        return false;
    }

    /**
     * Runs the next event, if any, without looking at pollers.
     *
     * @return false when the queue was empty.
     */
    public boolean step()
    {
        if (queue.size() == 0)
        {
            return false;
        }
        runNext();
        return true;
    }

    /**
     * Runs the next event if it is due at or before {@code deadline}, from inside another event: what a kernel does
     * at local_bh_enable, when the softirq works through what a transmit just queued before the sender goes on.
     * Neither pollers nor the wall clock are looked at, so a nested call leaves the running {@code runUntil} as it
     * was; the clock stays at the event run.
     *
     * @return false when nothing was due by then.
     */
    public boolean runNextDueBy(final long deadline)
    {
        final Event next = queue.peek();
        if (next == null || next.time > deadline)
        {
            return false;
        }
        runNext();
        return true;
    }

    /**
     * Paced mode: lets the wall clock catch up with {@code due}, moving the virtual clock along and polling the
     * outside meanwhile (with a backoff, never a busy spin).
     *
     * @return true when {@code due} was reached; false when work came in from outside first.
     */
    private boolean waitForWallClock(final long due)
    {
        idler.reset();
        while (true)
        {
            final long virtualNow = anchorVirtual + (long) ((System.nanoTime() - anchorWall) * pace);
            if (virtualNow >= due)
            {
                return true;
            }
            if (virtualNow > now)
            {
                now = virtualNow;
            }
            if (pollOutside() > 0)
            {
                return false;
            }
            idler.idle();
        }
    }

    private void runNext()
    {
        final Event event = queue.poll();
        now = event.time;
        eventsRun++;
        event.fire(now);
    }

    private int pollOutside()
    {
        int work = commands.isEmpty() ? 0 : commands.drain(Runnable::run, COMMAND_DRAIN_LIMIT);
        final List<Poller> pollers = this.pollers;
        for (int i = 0, n = pollers.size(); i < n; i++)
        {
            work += pollers.get(i).poll(now);
        }
        return work;
    }

    void recycle(final PooledEvent event)
    {
        event.handler = null;
        event.attachment = null;
        event.nextFree = freeEvents;
        freeEvents = event;
    }

    /** A one-shot event from the loop's pool. */
    static final class PooledEvent extends Event
    {
        private final EventLoop loop;
        EventHandler handler;
        Object attachment;
        long argument;
        PooledEvent nextFree;

        PooledEvent(final EventLoop loop)
        {
            this.loop = loop;
        }

        @Override
        protected void fire(final long now)
        {
            final EventHandler handler = this.handler;
            final Object attachment = this.attachment;
            final long argument = this.argument;
            loop.recycle(this);
            handler.onEvent(now, attachment, argument);
        }
    }
}
