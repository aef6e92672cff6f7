package dev.nslab.pcap;

import dev.nslab.core.capture.CapturePoint;

/**
 * The capture point of one captured device: copies each frame (cut to the snap length) into the ring and returns.
 * When the ring is full it waits with backoff rather than drop, so captures are complete and deterministic.
 * Simulation thread only; no allocation, no lock.
 */
final class RingCapturePoint implements CapturePoint
{
    private final CaptureRing ring;
    private final CaptureWriterLoop loop;
    private final Backoff backoff;
    private final int pointId;
    private final int snapLength;

    /**
     * @param backoff shared by every point of the sink: they all run on the simulation thread.
     */
    RingCapturePoint(
        final CaptureRing ring,
        final CaptureWriterLoop loop,
        final Backoff backoff,
        final int pointId,
        final int snapLength)
    {
        this.ring = ring;
        this.loop = loop;
        this.backoff = backoff;
        this.pointId = pointId;
        this.snapLength = snapLength;
    }

    @Override
    public void capture(
        final long timeNs, final boolean outbound, final byte[] buffer, final int offset, final int length)
    {
        if (loop.isStopped())
        {
            return;
        }
        final int capturedLength = Math.min(length, snapLength);
        if (!ring.tryWrite(pointId, timeNs, outbound, buffer, offset, capturedLength, length))
        {
            waitForRoom(timeNs, outbound, buffer, offset, capturedLength, length);
        }
    }

    /** Out of line: the ring is full, the writer is behind. */
    private void waitForRoom(
        final long timeNs,
        final boolean outbound,
        final byte[] buffer,
        final int offset,
        final int capturedLength,
        final int length)
    {
        do
        {
            backoff.idle();
            if (loop.isStopped())
            {
                backoff.reset();
                return;
            }
        }
        while (!ring.tryWrite(pointId, timeNs, outbound, buffer, offset, capturedLength, length));
        backoff.reset();
    }
}
