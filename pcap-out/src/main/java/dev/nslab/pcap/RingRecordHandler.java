package dev.nslab.pcap;

/**
 * Receives the frames read from a {@link CaptureRing}, on the writer thread. Must copy the bytes before returning
 * (the ring reuses them) and must never throw.
 */
interface RingRecordHandler
{
    /**
     * @param pointId        which capture point recorded the frame.
     * @param timeNs         virtual time of the frame.
     * @param outbound       direction of the frame.
     * @param buffer         the ring's bytes.
     * @param offset         first byte of the frame in {@code buffer}.
     * @param capturedLength bytes stored (at most the snap length).
     * @param originalLength bytes the frame had.
     */
    void onFrame(
        int pointId,
        long timeNs,
        boolean outbound,
        byte[] buffer,
        int offset,
        int capturedLength,
        int originalLength);
}
