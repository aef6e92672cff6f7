package dev.nslab.core.capture;

/**
 * The capture hook of one device, called on the simulation thread for every frame the device sends or receives,
 * at the point where {@code tcpdump -i DEV} would see it.
 *
 * <p>Implementations copy the bytes before returning (the frame is reused at once), never allocate per frame in
 * steady state, and never throw.
 */
public interface CapturePoint
{
    /**
     * @param timeNs   virtual time of the frame in nanoseconds since the simulation's epoch.
     * @param outbound true when the device transmitted the frame, false when it received it.
     * @param buffer   bytes of the Ethernet frame (no FCS).
     * @param offset   first byte of the frame in {@code buffer}.
     * @param length   number of bytes of the frame.
     */
    void capture(long timeNs, boolean outbound, byte[] buffer, int offset, int length);
}
