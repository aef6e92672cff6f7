package dev.nslab.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.nslab.stack.link.TapDevice;
import static dev.nslab.stack.Lab.MS;

/** An injector fed by a {@link FrameSource} reads each frame only when the one before it has gone in. */
class FrameSourceTest
{
    /** Frames every millisecond from 1 ms on, counting how many were asked for. */
    private static final class Counting implements FrameSource
    {
        private final int total;
        private int read;

        Counting(final int total)
        {
            this.total = total;
        }

        @Override
        public TimedFrame next()
        {
            if (read == total)
            {
                return null;
            }
            read++;
            final byte[] frame = new byte[60];
            frame[12] = (byte) 0x88;
            frame[13] = (byte) 0xB5;
            return new TimedFrame(read * MS, frame);
        }
    }

    @Test
    void shouldReadFramesFromTheSourceOnlyAsTheyComeDue()
    {
        final Lab lab = new Lab();
        final TapDevice tap = lab.sim.host().addTap("tap0");
        lab.sim.host().setUp(tap);
        final Counting source = new Counting(1000);
        final FrameInjector injector = new FrameInjector(lab.sim, FrameInjector.INITIAL_NAMESPACE, "tap0", source);
        injector.start();
        assertEquals(1, source.read, "only the first frame, to know when to wake");
        lab.sim.runFor(10 * MS + MS / 2);
        assertEquals(10, injector.injectedFrames());
        assertEquals(11, source.read, "the ten due, and the next one waiting");
        lab.sim.runFor(1000 * MS);
        assertEquals(1000, injector.injectedFrames());
        assertEquals(1000, injector.frameCount());
        assertEquals(1000 * MS, injector.lastFrameTimeNs());
        assertTrue(injector.isDone());
        assertEquals(0, lab.sim.pool().outstanding(), "every frame released");
    }

    @Test
    void shouldRefuseASourceThatGoesBackInTime()
    {
        final Lab lab = new Lab();
        final byte[] frame = new byte[60];
        final FrameSource.TimedFrame[] frames = {new FrameSource.TimedFrame(5 * MS, frame),
            new FrameSource.TimedFrame(2 * MS, frame)};
        final int[] next = {0};
        final FrameInjector injector = new FrameInjector(lab.sim, "a", "va",
            () -> next[0] < frames.length ? frames[next[0]++] : null);
        injector.start();
        assertThrows(IllegalStateException.class, () -> lab.sim.runFor(10 * MS));
        assertThrows(IllegalStateException.class, () -> new FrameInjector(lab.sim, "a", "va", () -> null).add(1, frame),
            "an injector with a source takes no add()");
    }
}
