package dev.nslab.pcap;

import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The capture points opened so far, by id. Registered on the simulation thread before the point's first frame
 * enters the ring, so the writer thread (which reads the frame after it) always finds the point.
 */
final class PointRegistry
{
    private final CopyOnWriteArrayList<CaptureInterface> points = new CopyOnWriteArrayList<>();

    /**
     * Simulation thread only.
     *
     * @return the new point's id.
     */
    int register(final CaptureInterface captureInterface)
    {
        points.add(captureInterface);
        return points.size() - 1;
    }

    /**
     * Any thread.
     */
    CaptureInterface get(final int pointId)
    {
        return points.get(pointId);
    }
}
