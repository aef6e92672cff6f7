package dev.nslab.pcap;

import java.util.Objects;

/**
 * One frame read back from a capture file.
 *
 * @param interfaceName  {@code DEV} or {@code NS/DEV} of the interface it was captured on (pcapng if_name, or the
 *                       name given for a classic pcap).
 * @param linkType       the interface's link type: 1 for Ethernet.
 * @param timestampNanos nanoseconds since 1970-01-01T00:00:00Z.
 * @param frame          the bytes stored (the link-layer frame, possibly cut at the snap length).
 * @param originalLength bytes the frame had on the wire.
 */
public record CapturedPacket(String interfaceName, int linkType, long timestampNanos, byte[] frame, int originalLength)
{
    /**
     * Checks the fields.
     */
    public CapturedPacket
    {
        Objects.requireNonNull(interfaceName, "interfaceName");
        Objects.requireNonNull(frame, "frame");
    }
}
