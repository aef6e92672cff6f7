package dev.nslab.cli;

import dev.nslab.core.capture.CapturePoint;
import dev.nslab.core.capture.CaptureSink;

/**
 * Both {@code --pcap DIR} and {@code --pcapng FILE} at once: every device's frames go to both sinks. The
 * simulation knows one sink only, so this joins two.
 */
final class TeeCaptureSink implements CaptureSink
{
    private final CaptureSink first;
    private final CaptureSink second;

    TeeCaptureSink(final CaptureSink first, final CaptureSink second)
    {
        this.first = first;
        this.second = second;
    }

    @Override
    public CapturePoint open(final String namespace, final String device, final long mac)
    {
        final CapturePoint one = first.open(namespace, device, mac);
        final CapturePoint other = second.open(namespace, device, mac);
        return (timeNs, outbound, buffer, offset, length) ->
        {
            one.capture(timeNs, outbound, buffer, offset, length);
            other.capture(timeNs, outbound, buffer, offset, length);
        };
    }

    @Override
    public void close()
    {
        try
        {
            first.close();
        }
        finally
        {
            second.close();
        }
    }
}
