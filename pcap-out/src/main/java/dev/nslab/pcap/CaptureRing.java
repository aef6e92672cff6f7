package dev.nslab.pcap;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A bounded single-producer single-consumer ring of variable-length frame records in one preallocated
 * {@code byte[]}: the simulation thread copies a frame in with {@link #tryWrite}, the writer thread reads records
 * out with {@link #read}. One contiguous copy per frame, no object per frame, no lock.
 *
 * <p>Each record is 8-byte aligned and never wraps: when it does not fit before the end of the array, a padding
 * record fills the rest and the frame starts at 0. The producer publishes with a release store of its position
 * after writing the record, the consumer frees space with a release store of its position after handling it.
 *
 * <pre>
 *                         1                   2                   3
 *     0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *    +---------------------------------------------------------------+
 *  0 |               Record Length (header + captured bytes)         |
 *    +---------------------------------------------------------------+
 *  4 |          Type (FRAME_INBOUND, FRAME_OUTBOUND, PADDING)        |
 *    +---------------------------------------------------------------+
 *  8 |                          Point Id                             |
 *    +---------------------------------------------------------------+
 * 12 |                       Original Length                         |
 *    +---------------------------------------------------------------+
 * 16 |                     Virtual Time (ns, 64 bits)                |
 *    |                                                               |
 *    +---------------------------------------------------------------+
 * 24 /                  Captured Bytes (Record Length - 24)          /
 *    +---------------------------------------------------------------+
 * </pre>
 * A padding record has only its length and type (the rest of the array can be as short as 8 bytes).
 */
final class CaptureRing extends CaptureRingConsumerFields
{
    static final int RECORD_LENGTH_OFFSET = 0;
    static final int TYPE_OFFSET = 4;
    static final int POINT_ID_OFFSET = 8;
    static final int ORIGINAL_LENGTH_OFFSET = 12;
    static final int TIME_OFFSET = 16;
    static final int HEADER_LENGTH = 24;
    static final int ALIGNMENT = 8;

    static final int TYPE_FRAME_INBOUND = 1;
    static final int TYPE_FRAME_OUTBOUND = 2;
    static final int TYPE_PADDING = 3;

    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final byte[] buffer;
    private final int capacity;
    private final int mask;

    /**
     * @param requestedBytes size of the ring, rounded up to a power of 2.
     */
    CaptureRing(final int requestedBytes)
    {
        capacity = Math.max(64, Integer.highestOneBit(Math.max(1, requestedBytes - 1)) << 1);
        mask = capacity - 1;
        buffer = new byte[capacity];
    }

    /**
     * @return bytes of the ring.
     */
    int capacity()
    {
        return capacity;
    }

    /**
     * @param capturedLength bytes of a frame.
     * @return whether a record of that many bytes can ever fit (it may have to wait for a padding record).
     */
    boolean fits(final int capturedLength)
    {
        return 2L * align(HEADER_LENGTH + (long)capturedLength) <= capacity;
    }

    /**
     * Copies one frame in. Producer thread only.
     *
     * @return false when the ring has no room now (nothing was written); try again later.
     */
    boolean tryWrite(
        final int pointId,
        final long timeNs,
        final boolean outbound,
        final byte[] frame,
        final int frameOffset,
        final int capturedLength,
        final int originalLength)
    {
        final int recordLength = HEADER_LENGTH + capturedLength;
        final int alignedLength = (int)align(recordLength);
        final long position = producerPosition;
        int index = (int)position & mask;
        final int toEnd = capacity - index;
        final int padding = alignedLength > toEnd ? toEnd : 0;
        final long end = position + padding + alignedLength;
        if (end - consumerLimitCache > capacity)
        {
            consumerLimitCache = (long)CONSUMER_POSITION.getAcquire(this);
            if (end - consumerLimitCache > capacity)
            {
                return false;
            }
        }
        final byte[] bytes = buffer;
        if (0 != padding)
        {
            INT.set(bytes, index + RECORD_LENGTH_OFFSET, padding);
            INT.set(bytes, index + TYPE_OFFSET, TYPE_PADDING);
            index = 0;
        }
        INT.set(bytes, index + RECORD_LENGTH_OFFSET, recordLength);
        INT.set(bytes, index + TYPE_OFFSET, outbound ? TYPE_FRAME_OUTBOUND : TYPE_FRAME_INBOUND);
        INT.set(bytes, index + POINT_ID_OFFSET, pointId);
        INT.set(bytes, index + ORIGINAL_LENGTH_OFFSET, originalLength);
        LONG.set(bytes, index + TIME_OFFSET, timeNs);
        System.arraycopy(frame, frameOffset, bytes, index + HEADER_LENGTH, capturedLength);
        PRODUCER_POSITION.setRelease(this, end);
        producerPosition = end;
        return true;
    }

    /**
     * Hands up to {@code limit} frames to the handler, then frees their space. Consumer thread only.
     *
     * @return the number of frames handled.
     */
    int read(final RingRecordHandler handler, final int limit)
    {
        final long available = (long)PRODUCER_POSITION.getAcquire(this);
        final byte[] bytes = buffer;
        long position = consumerPosition;
        int frames = 0;
        while (position < available && frames < limit)
        {
            final int index = (int)position & mask;
            final int recordLength = (int)INT.get(bytes, index + RECORD_LENGTH_OFFSET);
            final int type = (int)INT.get(bytes, index + TYPE_OFFSET);
            if (TYPE_PADDING != type)
            {
                handler.onFrame(
                    (int)INT.get(bytes, index + POINT_ID_OFFSET),
                    (long)LONG.get(bytes, index + TIME_OFFSET),
                    TYPE_FRAME_OUTBOUND == type,
                    bytes,
                    index + HEADER_LENGTH,
                    recordLength - HEADER_LENGTH,
                    (int)INT.get(bytes, index + ORIGINAL_LENGTH_OFFSET));
                frames++;
            }
            position += align(recordLength);
        }
        if (position != consumerPosition)
        {
            consumerPosition = position;
            CONSUMER_POSITION.setRelease(this, position);
        }
        return frames;
    }

    /**
     * @return true when every written frame has been read. Any thread; a snapshot.
     */
    boolean isEmpty()
    {
        return (long)CONSUMER_POSITION.getAcquire(this) == (long)PRODUCER_POSITION.getAcquire(this);
    }

    private static long align(final long length)
    {
        return (length + ALIGNMENT - 1) & -ALIGNMENT;
    }
}

/**
 * Cache-line padding so the two threads' positions never share a line (JCTools' inheritance trick: superclass
 * fields are laid out first).
 */
abstract class CaptureRingPadding0
{
    byte p000, p001, p002, p003, p004, p005, p006, p007, p008, p009, p010, p011, p012, p013, p014, p015;
    byte p016, p017, p018, p019, p020, p021, p022, p023, p024, p025, p026, p027, p028, p029, p030, p031;
    byte p032, p033, p034, p035, p036, p037, p038, p039, p040, p041, p042, p043, p044, p045, p046, p047;
    byte p048, p049, p050, p051, p052, p053, p054, p055, p056, p057, p058, p059, p060, p061, p062, p063;

    /**
     * The handle of a published position, for a subclass's static initializer. The padding fields cannot be shared
     * (each level of the hierarchy needs its own, in its place), but this lookup can.
     */
    static VarHandle longField(final Class<?> owner, final String name)
    {
        try
        {
            return MethodHandles.lookup().findVarHandle(owner, name, long.class);
        }
        catch (final ReflectiveOperationException ex)
        {
            throw new ExceptionInInitializerError(ex);
        }
    }
}

/** Producer-owned fields. {@code producerPosition} shadows the published value so the producer reads it plainly. */
abstract class CaptureRingProducerFields extends CaptureRingPadding0
{
    static final VarHandle PRODUCER_POSITION =
        CaptureRingPadding0.longField(CaptureRingProducerFields.class, "publishedProducerPosition");

    long producerPosition;
    long consumerLimitCache;
    volatile long publishedProducerPosition;
}

/** Padding between the producer's and the consumer's fields. */
abstract class CaptureRingPadding1 extends CaptureRingProducerFields
{
    byte q000, q001, q002, q003, q004, q005, q006, q007, q008, q009, q010, q011, q012, q013, q014, q015;
    byte q016, q017, q018, q019, q020, q021, q022, q023, q024, q025, q026, q027, q028, q029, q030, q031;
    byte q032, q033, q034, q035, q036, q037, q038, q039, q040, q041, q042, q043, q044, q045, q046, q047;
    byte q048, q049, q050, q051, q052, q053, q054, q055, q056, q057, q058, q059, q060, q061, q062, q063;
}

/** Consumer-owned fields, padded at the end too. */
abstract class CaptureRingConsumerFields extends CaptureRingPadding1
{
    static final VarHandle CONSUMER_POSITION =
        CaptureRingPadding0.longField(CaptureRingConsumerFields.class, "publishedConsumerPosition");

    long consumerPosition;
    volatile long publishedConsumerPosition;
    byte r000, r001, r002, r003, r004, r005, r006, r007, r008, r009, r010, r011, r012, r013, r014, r015;
    byte r016, r017, r018, r019, r020, r021, r022, r023, r024, r025, r026, r027, r028, r029, r030, r031;
    byte r032, r033, r034, r035, r036, r037, r038, r039, r040, r041, r042, r043, r044, r045, r046, r047;
    byte r048, r049, r050, r051, r052, r053, r054, r055, r056, r057, r058, r059, r060, r061, r062, r063;
}
