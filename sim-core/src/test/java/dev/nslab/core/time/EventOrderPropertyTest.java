package dev.nslab.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The loop against a trivial reference, a set sorted by (time, sequence): random schedules, cancels, reschedules,
 * posts and times in the past, from outside and from inside handlers, over nanosecond times, jiffy-aligned timer
 * times, slot boundaries and times far beyond the wheel's span. Every event that fires must be the reference's
 * first, at its time, and the pending counts must agree throughout.
 */
class EventOrderPropertyTest
{
    private static final long JIFFY = KernelTimers.NS_PER_JIFFY;
    private static final long WHEEL_SPAN_NS = EventQueue.WHEEL_SLOTS * JIFFY;
    private static final int TIMERS = 40;

    /** One pending entry of the reference. */
    private record Expected(int id, long time, long sequence)
    {
    }

    /** Drives the loop and the reference with the same random operations. */
    private static final class Harness
    {
        final EventLoop loop = new EventLoop();
        final SplittableRandom random;
        final TreeSet<Expected> reference = new TreeSet<>(
            Comparator.comparingLong(Expected::time).thenComparingLong(Expected::sequence));
        final Timer[] timers = new Timer[TIMERS];
        final Expected[] timerEntries = new Expected[TIMERS];
        final EventHandler oneShot = this::firedOneShot;
        long sequence;
        int nextOneShotId = TIMERS;
        int fired;
        /** Set to drain the loop: handlers stop scheduling. */
        boolean quiet;

        Harness(final long seed)
        {
            random = new SplittableRandom(seed);
            for (int i = 0; i < TIMERS; i++)
            {
                final int id = i;
                timers[i] = new Timer(now -> firedTimer(id, now));
            }
        }

        long randomTime()
        {
            final long now = loop.now();
            return switch (random.nextInt(9))
            {
                case 0 -> now;
                case 1 -> now - random.nextLong(1, 5 * JIFFY);
                case 2 -> now + random.nextLong(50_000);
                case 3 -> now + random.nextInt(4) * 20_000;
                case 4 -> (now / JIFFY + random.nextLong(1, 300)) * JIFFY;
                case 5 -> (now / JIFFY + random.nextLong(1, 3)) * JIFFY + random.nextLong(-2, 3);
                case 6 -> now + WHEEL_SPAN_NS + random.nextLong(-3 * JIFFY, 3 * JIFFY);
                case 7 -> now + random.nextLong(WHEEL_SPAN_NS, 8 * WHEEL_SPAN_NS);
                default -> now + random.nextLong(2 * WHEEL_SPAN_NS);
            };
        }

        void randomOperation()
        {
            final int operation = random.nextInt(10);
            if (operation < 4)
            {
                post(randomTime());
            }
            else if (operation < 8)
            {
                scheduleTimer(random.nextInt(TIMERS), randomTime());
            }
            else
            {
                cancelTimer(random.nextInt(TIMERS));
            }
        }

        void post(final long time)
        {
            final int id = nextOneShotId++;
            reference.add(new Expected(id, Math.max(time, loop.now()), sequence++));
            loop.post(time, oneShot, null, id);
        }

        void scheduleTimer(final int index, final long time)
        {
            cancelInReference(index);
            final Expected entry = new Expected(index, Math.max(time, loop.now()), sequence++);
            timerEntries[index] = entry;
            reference.add(entry);
            loop.schedule(timers[index], time);
        }

        void cancelTimer(final int index)
        {
            cancelInReference(index);
            loop.cancel(timers[index]);
        }

        private void cancelInReference(final int index)
        {
            if (timerEntries[index] != null)
            {
                reference.remove(timerEntries[index]);
                timerEntries[index] = null;
            }
        }

        private void firedOneShot(final long now, final Object attachment, final long id)
        {
            checkFired((int) id, now);
        }

        private void firedTimer(final int index, final long now)
        {
            assertTrue(timerEntries[index] != null, "timer " + index + " fired while cancelled");
            timerEntries[index] = null;
            assertFalse(timers[index].isScheduled());
            checkFired(index, now);
        }

        private void checkFired(final int id, final long now)
        {
            final Expected first = reference.pollFirst();
            assertTrue(first != null, "event " + id + " fired with nothing expected");
            assertEquals(first.id(), id, "event fired out of (time, sequence) order");
            assertEquals(first.time(), now, "event fired at the wrong time");
            assertEquals(reference.size(), loop.pending());
            fired++;
            if (quiet)
            {
                return;
            }
            // Handlers schedule, reschedule and cancel too, themselves included.
            final int operations = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0;
            for (int i = 0; i < operations; i++)
            {
                randomOperation();
            }
            if (id < TIMERS && random.nextInt(4) == 0)
            {
                scheduleTimer(id, random.nextBoolean() ? now : randomTime());
            }
        }

        void runSome()
        {
            switch (random.nextInt(4))
            {
                case 0 -> loop.step();
                case 1 ->
                {
                    final long deadline = loop.now() + random.nextLong(3 * WHEEL_SPAN_NS);
                    loop.runUntil(deadline);
                    assertEquals(deadline, loop.now());
                    assertTrue(reference.isEmpty() || reference.first().time() > deadline);
                }
                case 2 -> loop.runUntil(loop.now() + random.nextLong(100_000));
                default ->
                {
                    for (int i = random.nextInt(20); i > 0; i--)
                    {
                        loop.step();
                    }
                }
            }
            assertEquals(reference.size(), loop.pending());
        }
    }

    @Test
    void shouldFireInTheReferenceOrderOverRandomOperations()
    {
        long totalFired = 0;
        for (long seed = 1; seed <= 1000; seed++)
        {
            final Harness harness = new Harness(seed);
            for (int round = 0; round < 200; round++)
            {
                for (int i = harness.random.nextInt(8); i > 0; i--)
                {
                    harness.randomOperation();
                }
                harness.runSome();
            }
            harness.quiet = true;
            harness.loop.runUntilIdle();
            assertEquals(0, harness.loop.pending());
            assertTrue(harness.reference.isEmpty());
            totalFired += harness.fired;
        }
        assertTrue(totalFired > 500_000, "the property test exercised too little: " + totalFired);
    }

    @Test
    void shouldRunSameTimeEventsInSchedulingOrderWhereverTheyWait()
    {
        final EventLoop loop = new EventLoop();
        final List<Integer> order = new ArrayList<>();
        final long at = 7 * JIFFY;
        final Timer[] timers = new Timer[100];
        for (int i = 0; i < 300; i++)
        {
            final int id = i;
            if (i % 3 == 0)
            {
                timers[i / 3] = new Timer(now -> order.add(id));
                loop.schedule(timers[i / 3], at);
            }
            else
            {
                loop.post(at, (now, a, b) -> order.add(id), null, 0);
            }
        }
        loop.runUntil(at - 1);
        for (int i = 300; i < 310; i++)
        {
            final int id = i;
            loop.post(at, (now, a, b) -> order.add(id), null, 0);
        }
        loop.runUntilIdle();
        final List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 310; i++)
        {
            expected.add(i);
        }
        assertEquals(expected, order);
    }

    @Test
    void shouldOrderEventsBeyondTheWheelSpanWithThoseInIt()
    {
        final EventLoop loop = new EventLoop();
        final List<String> order = new ArrayList<>();
        final long far = WHEEL_SPAN_NS + 5 * JIFFY;
        loop.post(far + 1, (now, a, b) -> order.add("far+1 first scheduled"), null, 0);
        loop.post(8 * WHEEL_SPAN_NS, (now, a, b) -> order.add("very far"), null, 0);
        loop.post(JIFFY, (now, a, b) -> order.add("early"), null, 0);
        loop.post(10 * JIFFY, (now, a, b) -> order.add("later"), null, 0);
        // The loop moves on to the slot of "later", so the same far slot now has events in the wheel too.
        loop.runUntil(10 * JIFFY - 1);
        loop.post(far + 1, (now, a, b) -> order.add("far+1 second"), null, 0);
        loop.post(far, (now, a, b) -> order.add("far, now in the wheel"), null, 0);
        loop.post(far + JIFFY - 1, (now, a, b) -> order.add("end of that slot"), null, 0);
        loop.runUntilIdle();
        assertEquals(List.of("early", "later", "far, now in the wheel", "far+1 first scheduled", "far+1 second", "end of that slot",
            "very far"), order);
        assertEquals(8 * WHEEL_SPAN_NS, loop.now());
    }

    @Test
    void shouldRunAnEventInThePastNowAfterWhatIsAlreadyDueNow()
    {
        final EventLoop loop = new EventLoop();
        final List<String> order = new ArrayList<>();
        loop.runUntil(5 * JIFFY + 123);
        loop.post(loop.now(), (now, a, b) -> order.add("now@" + now), null, 0);
        loop.post(3, (now, a, b) -> order.add("past@" + now), null, 0);
        loop.post(loop.now() + 1, (now, a, b) -> order.add("later@" + now), null, 0);
        loop.runUntilIdle();
        final long at = 5 * JIFFY + 123;
        assertEquals(List.of("now@" + at, "past@" + at, "later@" + (at + 1)), order);
    }

    @Test
    void shouldIgnoreCancellingAnEventThatFired()
    {
        final EventLoop loop = new EventLoop();
        final int[] fired = {0};
        final Timer timer = new Timer(now -> fired[0]++);
        final Timer other = new Timer(now -> fired[0] += 10);
        loop.schedule(timer, 10);
        loop.schedule(other, 2 * JIFFY);
        loop.step();
        loop.cancel(timer);
        loop.cancel(timer);
        assertFalse(timer.isScheduled());
        assertEquals(1, loop.pending());
        loop.runUntilIdle();
        assertEquals(11, fired[0]);
        assertEquals(0, loop.pending());
    }

    @Test
    void shouldRescheduleFromInsideAHandler()
    {
        final EventLoop loop = new EventLoop();
        final List<String> order = new ArrayList<>();
        final Timer[] self = new Timer[1];
        final int[] count = {0};
        self[0] = new Timer(now ->
        {
            order.add("timer@" + now);
            if (++count[0] == 1)
            {
                loop.schedule(self[0], now);
            }
            else if (count[0] == 2)
            {
                loop.schedule(self[0], now + 2 * WHEEL_SPAN_NS);
                loop.schedule(self[0], now + JIFFY);
            }
        });
        final Timer victim = new Timer(now -> order.add("victim"));
        loop.schedule(self[0], 100);
        loop.post(100, (now, a, b) -> order.add("post@" + now), null, 0);
        loop.post(100, (now, a, b) -> loop.cancel(victim), null, 0);
        loop.schedule(victim, 100);
        loop.runUntilIdle();
        assertEquals(List.of("timer@100", "post@100", "timer@100", "timer@" + (100 + JIFFY)), order);
    }

    @Test
    void shouldTakeEventsScheduledBeforeASlotThatAPeekAlreadyReached()
    {
        final EventLoop loop = new EventLoop();
        final List<String> order = new ArrayList<>();
        loop.post(10 * JIFFY, (now, a, b) -> order.add("timer"), null, 0);
        loop.runUntil(2 * JIFFY);
        loop.post(loop.now() + 20_000, (now, a, b) -> order.add("frame"), null, 0);
        loop.post(6 * JIFFY, (now, a, b) -> order.add("between"), null, 0);
        loop.post(10 * JIFFY, (now, a, b) -> order.add("timer, second"), null, 0);
        loop.post(11 * JIFFY, (now, a, b) -> order.add("after"), null, 0);
        loop.runUntilIdle();
        assertEquals(List.of("frame", "between", "timer", "timer, second", "after"), order);
    }

    @Test
    void shouldFindTimersAcrossTheWholeWheelAndAfterItWrapsAround()
    {
        final EventLoop loop = new EventLoop();
        final List<Long> fired = new ArrayList<>();
        final long[] times = {JIFFY * (EventQueue.WHEEL_SLOTS - 1), JIFFY * 63, JIFFY * 64, JIFFY * 65, JIFFY,
            JIFFY * (EventQueue.WHEEL_SLOTS - 64)};
        for (final long time : times)
        {
            loop.post(time, (now, a, b) ->
            {
                fired.add(now);
                if (now == JIFFY * 65)
                {
                    loop.post(now + WHEEL_SPAN_NS - JIFFY, (later, c, d) -> fired.add(later), null, 0);
                }
            }, null, 0);
        }
        loop.runUntilIdle();
        assertEquals(List.of(JIFFY, JIFFY * 63, JIFFY * 64, JIFFY * 65, JIFFY * (EventQueue.WHEEL_SLOTS - 64),
            JIFFY * (EventQueue.WHEEL_SLOTS - 1), JIFFY * 65 + WHEEL_SPAN_NS - JIFFY), fired);
        assertNull(new EventQueue().peek());
    }
}
