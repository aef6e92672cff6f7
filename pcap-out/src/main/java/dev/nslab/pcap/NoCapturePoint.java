package dev.nslab.pcap;

import dev.nslab.core.capture.CapturePoint;

/**
 * The point of a device that is not captured (filtered out, or the sink is closed): costs one empty call.
 */
enum NoCapturePoint implements CapturePoint
{
    INSTANCE;

    @Override
    public void capture(
        final long timeNs, final boolean outbound, final byte[] buffer, final int offset, final int length)
    {
        // Not captured.
    }
}
