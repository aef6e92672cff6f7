package dev.nslab.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class EventLoopTest
{
    @Test
    void shouldRunEventsInTimeThenSchedulingOrder()
    {
        final EventLoop loop = new EventLoop();
        final List<String> order = new ArrayList<>();
        loop.post(200, (now, a, b) -> order.add("c@" + now), null, 0);
        loop.post(100, (now, a, b) -> order.add("a@" + now), null, 0);
        loop.post(100, (now, a, b) -> order.add("b@" + now), null, 0);
        loop.runUntilIdle();
        assertEquals(List.of("a@100", "b@100", "c@200"), order);
        assertEquals(200, loop.now());
    }

    @Test
    void shouldJumpVirtualTimeWithoutWaiting()
    {
        final EventLoop loop = new EventLoop();
        final long[] firedAt = {-1};
        loop.schedule(new Timer(now -> firedAt[0] = now), 3_000_000_000L);
        final long wall = System.nanoTime();
        loop.runUntilIdle();
        assertEquals(3_000_000_000L, firedAt[0]);
        assertTrue(System.nanoTime() - wall < 1_000_000_000L);
    }

    @Test
    void shouldCancelAndMoveTimers()
    {
        final EventLoop loop = new EventLoop();
        final List<String> fired = new ArrayList<>();
        final Timer cancelled = new Timer(now -> fired.add("cancelled"));
        final Timer moved = new Timer(now -> fired.add("moved@" + now));
        loop.schedule(cancelled, 10);
        loop.schedule(moved, 20);
        loop.cancel(cancelled);
        assertFalse(cancelled.isScheduled());
        loop.schedule(moved, 5);
        loop.runUntilIdle();
        assertEquals(List.of("moved@5"), fired);
    }

    @Test
    void shouldStopAtADeadlineAndLeaveTheClockThere()
    {
        final EventLoop loop = new EventLoop();
        final List<Long> fired = new ArrayList<>();
        loop.post(50, (now, a, b) -> fired.add(now), null, 0);
        loop.post(150, (now, a, b) -> fired.add(now), null, 0);
        loop.runUntil(100);
        assertEquals(List.of(50L), fired);
        assertEquals(100, loop.now());
        assertEquals(1, loop.pending());
    }

    @Test
    void shouldStopWhenAsked()
    {
        final EventLoop loop = new EventLoop();
        loop.post(10, (now, a, b) -> loop.requestStop(), null, 0);
        loop.post(20, (now, a, b) -> { }, null, 0);
        assertTrue(loop.runUntil(Long.MAX_VALUE));
        assertEquals(10, loop.now());
        assertEquals(1, loop.pending());
    }

    @Test
    void shouldNeverRunAnEventInThePast()
    {
        final EventLoop loop = new EventLoop();
        loop.runUntil(1000);
        final long[] at = {0};
        loop.post(10, (now, a, b) -> at[0] = now, null, 0);
        loop.runUntilIdle();
        assertEquals(1000, at[0]);
    }

    @Test
    void shouldOrderManyRandomEventsLikeASortByTimeThenSequence()
    {
        final EventLoop loop = new EventLoop();
        final SplittableRandom random = new SplittableRandom(3);
        final List<long[]> fired = new ArrayList<>();
        final List<Timer> timers = new ArrayList<>();
        for (int i = 0; i < 5000; i++)
        {
            final long[] tag = {random.nextLong(1000), i};
            if (random.nextInt(4) == 0)
            {
                final Timer timer = new Timer(now -> fired.add(new long[] {-1, -1}));
                loop.schedule(timer, tag[0]);
                timers.add(timer);
            }
            else
            {
                loop.post(tag[0], (now, a, b) -> fired.add(new long[] {now, b}), null, i);
            }
        }
        timers.forEach(loop::cancel);
        loop.runUntilIdle();
        for (int i = 1; i < fired.size(); i++)
        {
            final long[] a = fired.get(i - 1);
            final long[] b = fired.get(i);
            assertTrue(a[0] < b[0] || (a[0] == b[0] && a[1] < b[1]), "order at " + i);
        }
    }

    @Test
    void shouldTakeCommandsFromOtherThreads() throws InterruptedException
    {
        final EventLoop loop = new EventLoop();
        final int[] ran = {0};
        final Thread other = new Thread(() ->
        {
            for (int i = 0; i < 100; i++)
            {
                while (!loop.execute(() -> ran[0]++))
                {
                    Thread.yield();
                }
            }
        });
        other.start();
        other.join();
        loop.runUntilIdle();
        assertEquals(100, ran[0]);
    }
}
