package dev.nslab.pcap;

import java.nio.ByteBuffer;

/**
 * One packet record of a classic nanosecond pcap file (draft-gharris-opsawg-pcap §5): a 16-byte header, then the
 * captured bytes with no padding.
 *
 * <pre>
 *                         1                   2                   3
 *     0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *  0 |                      Timestamp (Seconds)                      |
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *  4 |                    Timestamp (Nanoseconds)                    |
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *  8 |                    Captured Packet Length                     |
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * 12 |                    Original Packet Length                     |
 *    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * 16 /                          Packet Data                          /
 *    /                  (Captured Packet Length bytes)               /
 *    +---------------------------------------------------------------+
 * </pre>
 */
public final class PcapRecord
{
    public static final int TIMESTAMP_SECONDS_OFFSET = 0;
    public static final int TIMESTAMP_NANOSECONDS_OFFSET = 4;
    public static final int CAPTURED_LENGTH_OFFSET = 8;
    public static final int ORIGINAL_LENGTH_OFFSET = 12;
    public static final int HEADER_LENGTH = 16;

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private PcapRecord()
    {
    }

    /**
     * @param capturedLength bytes of the frame stored.
     * @return bytes of the whole record.
     */
    public static int length(final int capturedLength)
    {
        return HEADER_LENGTH + capturedLength;
    }

    /**
     * Writes the header and the captured bytes.
     *
     * @param buffer         little-endian buffer to write into.
     * @param offset         where the record starts.
     * @param timestampNs    nanoseconds since 1970-01-01T00:00:00Z (not negative).
     * @param frame          bytes of the frame.
     * @param frameOffset    first byte of the frame.
     * @param capturedLength bytes of the frame stored.
     * @param originalLength bytes the frame had on the wire.
     * @return bytes written, {@link #length(int)}.
     */
    public static int write(
        final ByteBuffer buffer,
        final int offset,
        final long timestampNs,
        final byte[] frame,
        final int frameOffset,
        final int capturedLength,
        final int originalLength)
    {
        // Seconds are unsigned 32-bit: valid until 2106.
        buffer.putInt(offset + TIMESTAMP_SECONDS_OFFSET, (int)(timestampNs / NANOS_PER_SECOND));
        buffer.putInt(offset + TIMESTAMP_NANOSECONDS_OFFSET, (int)(timestampNs % NANOS_PER_SECOND));
        buffer.putInt(offset + CAPTURED_LENGTH_OFFSET, capturedLength);
        buffer.putInt(offset + ORIGINAL_LENGTH_OFFSET, originalLength);
        buffer.put(offset + HEADER_LENGTH, frame, frameOffset, capturedLength);
        return HEADER_LENGTH + capturedLength;
    }
}
