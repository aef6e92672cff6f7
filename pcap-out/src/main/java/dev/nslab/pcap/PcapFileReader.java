package dev.nslab.pcap;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a classic pcap file (draft-gharris-opsawg-pcap) record by record, as tcpdump and libpcap write it: either
 * magic (0xA1B2C3D4 microseconds, 0xA1B23C4D nanoseconds), in either byte order, timestamps given back in
 * nanoseconds. A file cut short ({@code kill -9}, a full disk) ends cleanly at its last whole record, and
 * {@link #truncated()} says so.
 *
 * <p>One thread; not on the simulation's hot path (it allocates a {@code byte[]} per record).
 */
public final class PcapFileReader implements AutoCloseable
{
    /** 0xA1B2C3D4: timestamps are seconds and microseconds. */
    public static final int MAGIC_MICROSECONDS = 0xA1B2_C3D4;

    /** libpcap refuses records above its largest snap length; above this a length field is damage, not data. */
    static final int LARGEST_RECORD = 256 * 1024 * 1024;

    private static final int RECORD_HEADER_LENGTH = PcapRecord.HEADER_LENGTH;

    private final Path path;
    private final InputStream in;
    private final ByteOrder order;
    private final boolean nanoseconds;
    private final int snapLength;
    private final int linkType;
    private final String interfaceName;
    private final byte[] recordHeader = new byte[RECORD_HEADER_LENGTH];
    private boolean truncated;
    private long records;

    private PcapFileReader(final Path path, final InputStream in, final ByteBuffer header, final String interfaceName)
        throws CaptureException
    {
        this.path = path;
        this.in = in;
        this.interfaceName = interfaceName;
        final int bigEndianMagic = header.order(ByteOrder.BIG_ENDIAN).getInt(PcapGlobalHeader.MAGIC_OFFSET);
        final int littleEndianMagic = Integer.reverseBytes(bigEndianMagic);
        if (bigEndianMagic == MAGIC_MICROSECONDS || bigEndianMagic == PcapGlobalHeader.MAGIC_NANOSECONDS)
        {
            order = ByteOrder.BIG_ENDIAN;
            nanoseconds = bigEndianMagic == PcapGlobalHeader.MAGIC_NANOSECONDS;
        }
        else if (littleEndianMagic == MAGIC_MICROSECONDS || littleEndianMagic == PcapGlobalHeader.MAGIC_NANOSECONDS)
        {
            order = ByteOrder.LITTLE_ENDIAN;
            nanoseconds = littleEndianMagic == PcapGlobalHeader.MAGIC_NANOSECONDS;
        }
        else
        {
            throw new CaptureException("not a pcap file: " + path);
        }
        header.order(order);
        snapLength = header.getInt(PcapGlobalHeader.SNAP_LENGTH_OFFSET);
        // The upper 16 bits carry the FCS length and flag (draft-gharris-opsawg-pcap §4), not the link type.
        linkType = header.getInt(PcapGlobalHeader.LINKTYPE_OFFSET) & 0xFFFF;
    }

    /**
     * Opens a pcap file and reads its header.
     *
     * @param file          the pcap file.
     * @param interfaceName the name its packets are given ({@code DEV} or {@code NS/DEV}).
     * @return a reader positioned before the first record.
     * @throws CaptureException when the file cannot be read or is not a pcap file.
     */
    public static PcapFileReader open(final Path file, final String interfaceName) throws CaptureException
    {
        final InputStream in;
        try
        {
            in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        }
        catch (final IOException ex)
        {
            throw cannotRead(file, ex);
        }
        try
        {
            final byte[] header = in.readNBytes(PcapGlobalHeader.LENGTH);
            if (header.length < PcapGlobalHeader.LENGTH)
            {
                throw new CaptureException("not a pcap file (shorter than its 24-byte header): " + file);
            }
            return new PcapFileReader(file, in, ByteBuffer.wrap(header), interfaceName);
        }
        catch (final IOException ex)
        {
            closeQuietly(in);
            throw cannotRead(file, ex);
        }
        catch (final CaptureException ex)
        {
            closeQuietly(in);
            throw ex;
        }
    }

    /**
     * @return the next whole record, or null at the end of the file or at a record cut short.
     * @throws CaptureException when the file cannot be read, or a record is malformed: a timestamp fraction out of
     *                          range (a microsecond field of a million or more), or more bytes than the snap
     *                          length.
     */
    public CapturedPacket next() throws CaptureException
    {
        if (truncated)
        {
            return null;
        }
        try
        {
            final int headerBytes = in.readNBytes(recordHeader, 0, RECORD_HEADER_LENGTH);
            if (headerBytes == 0)
            {
                return null;
            }
            if (headerBytes < RECORD_HEADER_LENGTH)
            {
                truncated = true;
                return null;
            }
            final ByteBuffer header = ByteBuffer.wrap(recordHeader).order(order);
            final long seconds = header.getInt(PcapRecord.TIMESTAMP_SECONDS_OFFSET) & 0xFFFF_FFFFL;
            // Nanoseconds or, in a microsecond file, microseconds.
            final long fraction = header.getInt(PcapRecord.TIMESTAMP_NANOSECONDS_OFFSET) & 0xFFFF_FFFFL;
            final int capturedLength = header.getInt(PcapRecord.CAPTURED_LENGTH_OFFSET);
            final int originalLength = header.getInt(PcapRecord.ORIGINAL_LENGTH_OFFSET);
            final long fractionLimit = nanoseconds ? 1_000_000_000L : 1_000_000L;
            if (fraction >= fractionLimit)
            {
                throw malformed("its " + (nanoseconds ? "nanoseconds" : "microseconds") + " field is " + fraction
                    + ", out of range (0 to " + (fractionLimit - 1) + ")");
            }
            if (capturedLength < 0 || capturedLength > LARGEST_RECORD)
            {
                // A length no writer produces: the rest of the file cannot be trusted.
                truncated = true;
                return null;
            }
            if (snapLength > 0 && capturedLength > snapLength)
            {
                // libpcap would cut such a record to the snap length; no writer makes one, so it is damage.
                throw malformed("its captured length " + capturedLength
                    + " is over the file's snap length " + snapLength);
            }
            final byte[] frame = in.readNBytes(capturedLength);
            if (frame.length < capturedLength)
            {
                truncated = true;
                return null;
            }
            final long nanos = nanoseconds ? fraction : fraction * 1_000L;
            records++;
            return new CapturedPacket(interfaceName, linkType, seconds * 1_000_000_000L + nanos, frame, originalLength);
        }
        catch (final EOFException ex)
        {
            truncated = true;
            return null;
        }
        catch (final IOException ex)
        {
            throw cannotRead(path, ex);
        }
    }

    /**
     * @return whole records read so far; after {@link #next()} returned null with {@link #truncated()}, the record
     *         cut short is the one after these.
     */
    public long records()
    {
        return records;
    }

    /**
     * @return whether reading stopped at a record cut short (so the file lost its end).
     */
    public boolean truncated()
    {
        return truncated;
    }

    /**
     * @return the link type (1 for Ethernet), without the FCS bits.
     */
    public int linkType()
    {
        return linkType;
    }

    /**
     * @return the snap length from the header.
     */
    public int snapLength()
    {
        return snapLength;
    }

    /**
     * @return whether the file stores nanoseconds (else microseconds).
     */
    public boolean nanosecondResolution()
    {
        return nanoseconds;
    }

    /**
     * @return the byte order the file was written in.
     */
    public ByteOrder byteOrder()
    {
        return order;
    }

    @Override
    public void close()
    {
        closeQuietly(in);
    }

    private CaptureException malformed(final String what)
    {
        return new CaptureException("malformed pcap file " + path + ": record " + (records + 1) + ": " + what);
    }

    static CaptureException cannotRead(final Path file, final IOException cause)
    {
        return new CaptureException("cannot read capture " + file + ": " + CaptureException.reason(cause));
    }

    private static void closeQuietly(final InputStream in)
    {
        try
        {
            in.close();
        }
        catch (final IOException ignored)
        {
            // Read-only: nothing is lost.
        }
    }
}
