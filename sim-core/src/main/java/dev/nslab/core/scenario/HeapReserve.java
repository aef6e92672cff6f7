package dev.nslab.core.scenario;

/**
 * A little heap set aside while a scenario runs, given back when the JVM runs out: after an
 * {@link OutOfMemoryError} nslab still has to make its one-line message, flush the transcript and close the
 * captures, and each of those allocates.
 */
public final class HeapReserve
{
    /** Enough for the message, a flush and the capture writers' last buffers. */
    private static final int SIZE = 4 << 20;

    private static volatile byte[] reserve;

    private HeapReserve()
    {
    }

    /** Sets the reserve aside if it is not (again, after an earlier run gave it back); call before a run. */
    public static void ensure()
    {
        if (null == reserve)
        {
            try
            {
                reserve = new byte[SIZE];
            }
            catch (final OutOfMemoryError e)
            {
                // No room for it: the run goes on without a reserve, as it would have.
            }
        }
    }

    /** Gives the reserve back to the heap. */
    public static void release()
    {
        reserve = null;
    }

    /** @return true while the reserve is set aside (for tests). */
    public static boolean isHeld()
    {
        return null != reserve;
    }
}
