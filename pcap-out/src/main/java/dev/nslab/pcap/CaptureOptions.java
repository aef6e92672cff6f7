package dev.nslab.pcap;

import java.time.Instant;
import java.util.Objects;

/**
 * Settings shared by both sinks.
 *
 * <p>Timestamps written are {@code epoch + virtual time}. The default epoch is fixed ({@link #DEFAULT_EPOCH},
 * 2026-01-01T00:00:00Z) rather than the wall clock, so the same scenario twice gives byte-identical files.
 *
 * @param filter    which devices are captured.
 * @param epoch     wall-clock instant virtual time 0 maps to; must be at or after 1970-01-01 (pcap stores unsigned
 *                  seconds).
 * @param snapLength frames longer than this are truncated (recorded with incl_len &lt; orig_len).
 * @param ringBytes bytes of the ring between the simulation thread and the writer thread (rounded up to a power of 2).
 */
public record CaptureOptions(CaptureFilter filter, Instant epoch, int snapLength, int ringBytes)
{
    /** Virtual time 0 is written as 2026-01-01T00:00:00Z unless set otherwise. */
    public static final Instant DEFAULT_EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    /** tcpdump's default snap length since 4.99 (and libpcap's MAXIMUM_SNAPLEN). */
    public static final int DEFAULT_SNAP_LENGTH = 262_144;

    /** 4 MiB: about 30,000 frames of 100 bytes, or 15 ms of writing at full speed. */
    public static final int DEFAULT_RING_BYTES = 4 << 20;

    /**
     * Validates the settings.
     */
    public CaptureOptions
    {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(epoch, "epoch");
        if (epoch.isBefore(Instant.EPOCH))
        {
            throw new IllegalArgumentException("capture epoch must not be before 1970-01-01: " + epoch);
        }
        if (snapLength < 1)
        {
            throw new IllegalArgumentException("snap length must be positive: " + snapLength);
        }
        if (ringBytes < 1 || ringBytes > 1 << 30)
        {
            throw new IllegalArgumentException("ring size must be between 1 byte and 1 GiB: " + ringBytes);
        }
    }

    /**
     * @return capture everything, epoch 2026-01-01T00:00:00Z, snap length 262144, a 4 MiB ring.
     */
    public static CaptureOptions defaults()
    {
        return new CaptureOptions(CaptureFilter.all(), DEFAULT_EPOCH, DEFAULT_SNAP_LENGTH, DEFAULT_RING_BYTES);
    }

    /**
     * @param newFilter which devices to capture.
     * @return a copy with that filter.
     */
    public CaptureOptions withFilter(final CaptureFilter newFilter)
    {
        return new CaptureOptions(newFilter, epoch, snapLength, ringBytes);
    }

    /**
     * @param newEpoch the instant virtual time 0 maps to.
     * @return a copy with that epoch.
     */
    public CaptureOptions withEpoch(final Instant newEpoch)
    {
        return new CaptureOptions(filter, newEpoch, snapLength, ringBytes);
    }

    /**
     * @param newSnapLength maximum bytes stored per frame.
     * @return a copy with that snap length.
     */
    public CaptureOptions withSnapLength(final int newSnapLength)
    {
        return new CaptureOptions(filter, epoch, newSnapLength, ringBytes);
    }

    /**
     * @param newRingBytes bytes of the ring to the writer thread.
     * @return a copy with that ring size.
     */
    public CaptureOptions withRingBytes(final int newRingBytes)
    {
        return new CaptureOptions(filter, epoch, snapLength, newRingBytes);
    }

    /**
     * @return the epoch in nanoseconds since 1970-01-01T00:00:00Z.
     */
    long epochNanos()
    {
        return Math.addExact(Math.multiplyExact(epoch.getEpochSecond(), 1_000_000_000L), epoch.getNano());
    }
}
