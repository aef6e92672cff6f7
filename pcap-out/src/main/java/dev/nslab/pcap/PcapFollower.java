package dev.nslab.pcap;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * Follows a classic pcap that another process (tcpdump {@code -U}) is still writing: each {@link #poll} hands over
 * the whole records added since the last one, and never a record cut short (it waits for the rest). One thread.
 *
 * <p>The file is opened without following a link and only when it is a regular file: the directory it lies in
 * may belong to the sandbox's unprivileged user.
 */
final class PcapFollower implements AutoCloseable
{
    /** Whole records read by one {@link #poll}: their bytes, as in the file, and where each starts. */
    static final class Records
    {
        private final ByteBuffer bytes;
        private final int[] starts;
        private final long[] timestamps;
        private final int count;
        private final boolean more;

        private Records(final ByteBuffer bytes, final int[] starts, final long[] timestamps, final int count,
            final boolean more)
        {
            this.bytes = bytes;
            this.starts = starts;
            this.timestamps = timestamps;
            this.count = count;
            this.more = more;
        }

        /** @return how many. */
        int count()
        {
            return count;
        }

        /** @return whether the file held more whole records than this poll took. */
        boolean more()
        {
            return more;
        }

        /** @return the bytes of every record, in the file's byte order, from index 0. */
        byte[] array()
        {
            return bytes.array();
        }

        /** @return where record {@code i} (header included) starts in {@link #array()}. */
        int start(final int i)
        {
            return starts[i];
        }

        /** @return bytes of record {@code i}, header included. */
        int length(final int i)
        {
            return PcapRecord.HEADER_LENGTH + capturedLength(i);
        }

        /** @return bytes of frame stored in record {@code i}. */
        int capturedLength(final int i)
        {
            return bytes.getInt(starts[i] + PcapRecord.CAPTURED_LENGTH_OFFSET);
        }

        /** @return bytes record {@code i}'s frame had on the wire. */
        int originalLength(final int i)
        {
            return bytes.getInt(starts[i] + PcapRecord.ORIGINAL_LENGTH_OFFSET);
        }

        /** @return record {@code i}'s time, nanoseconds since 1970. */
        long timestampNanos(final int i)
        {
            return timestamps[i];
        }
    }

    private static final Records NONE = new Records(ByteBuffer.allocate(0), new int[0], new long[0], 0, false);

    private final Path file;
    private FileChannel channel;
    private byte[] header;
    private ByteOrder order;
    private boolean nanoseconds;
    private int linkType;
    private int snapLength;
    /** Where the next record starts. */
    private long offset;
    /** Not a pcap, or a record length no writer produces: nothing more is read. */
    private boolean damaged;
    /** Not a regular file (a link, a FIFO): never opened. */
    private boolean refused;

    /**
     * @param file the pcap being written; it need not exist yet.
     */
    PcapFollower(final Path file)
    {
        this.file = file;
    }

    /**
     * @param maxBytes about how many bytes to read at most (one record larger than this is still read whole).
     * @return the whole records written since the last poll; none while the file is missing, shorter than its
     *     header, or damaged.
     * @throws CaptureException when the file exists but cannot be read.
     */
    Records poll(final int maxBytes) throws CaptureException
    {
        try
        {
            if (damaged || refused || !open() || !readHeader())
            {
                return NONE;
            }
            final long available = channel.size() - offset;
            if (available < PcapRecord.HEADER_LENGTH)
            {
                return NONE;
            }
            ByteBuffer bytes = read(offset, (int)Math.min(available, Math.max(maxBytes, PcapRecord.HEADER_LENGTH)));
            int[] starts = new int[16];
            long[] timestamps = new long[16];
            int count = 0;
            int position = 0;
            boolean readAlone = false;
            while (position + PcapRecord.HEADER_LENGTH <= bytes.limit())
            {
                final int capturedLength = bytes.getInt(position + PcapRecord.CAPTURED_LENGTH_OFFSET);
                if (capturedLength < 0 || capturedLength > largestRecord())
                {
                    damaged = true;
                    break;
                }
                final int length = PcapRecord.HEADER_LENGTH + capturedLength;
                if (position + length > bytes.limit())
                {
                    if (0 == position && length <= available && !readAlone)
                    {
                        // One record larger than maxBytes, all written: read it alone.
                        bytes = read(offset, length);
                        readAlone = true;
                        continue;
                    }
                    break;
                }
                if (count == starts.length)
                {
                    starts = Arrays.copyOf(starts, 2 * count);
                    timestamps = Arrays.copyOf(timestamps, 2 * count);
                }
                starts[count] = position;
                timestamps[count] = timestampNanos(bytes, position);
                count++;
                position += length;
            }
            offset += position;
            return 0 == count ? NONE : new Records(bytes, starts, timestamps, count, bytes.limit() < available);
        }
        catch (final IOException ex)
        {
            throw PcapFileReader.cannotRead(file, ex);
        }
    }

    /**
     * @return the file's 24-byte header, or null before it is written.
     */
    byte[] header()
    {
        return header;
    }

    /** @return the link type, without the FCS bits; valid once {@link #header()} is not null. */
    int linkType()
    {
        return linkType;
    }

    /** @return the snap length; valid once {@link #header()} is not null. */
    int snapLength()
    {
        return snapLength;
    }

    /**
     * @return whether the file holds bytes past its last whole record (or is damaged): once its writer has ended,
     *     a capture cut short.
     */
    boolean cutShort() throws CaptureException
    {
        try
        {
            return damaged || (null != channel && null != header && channel.size() > offset);
        }
        catch (final IOException ex)
        {
            throw PcapFileReader.cannotRead(file, ex);
        }
    }

    /**
     * @return whether the file is no regular file (a link planted in its place): it is never read.
     */
    boolean refused()
    {
        return refused;
    }

    @Override
    public void close()
    {
        if (null != channel)
        {
            try
            {
                channel.close();
            }
            catch (final IOException ignored)
            {
                // Read-only.
            }
        }
    }

    private boolean open() throws IOException
    {
        if (null != channel)
        {
            return true;
        }
        final BasicFileAttributes attributes = OutputFiles.attributesOf(file);
        if (null == attributes)
        {
            return false; // not started yet, or it never started
        }
        if (!attributes.isRegularFile())
        {
            refused = true;
            return false;
        }
        channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        return true;
    }

    private boolean readHeader() throws IOException
    {
        if (null != header)
        {
            return true;
        }
        if (channel.size() < PcapGlobalHeader.LENGTH)
        {
            return false;
        }
        final ByteBuffer bytes = read(0, PcapGlobalHeader.LENGTH);
        final int bigEndianMagic = bytes.order(ByteOrder.BIG_ENDIAN).getInt(PcapGlobalHeader.MAGIC_OFFSET);
        final int littleEndianMagic = Integer.reverseBytes(bigEndianMagic);
        if (bigEndianMagic == PcapFileReader.MAGIC_MICROSECONDS || bigEndianMagic == PcapGlobalHeader.MAGIC_NANOSECONDS)
        {
            order = ByteOrder.BIG_ENDIAN;
            nanoseconds = bigEndianMagic == PcapGlobalHeader.MAGIC_NANOSECONDS;
        }
        else if (littleEndianMagic == PcapFileReader.MAGIC_MICROSECONDS
            || littleEndianMagic == PcapGlobalHeader.MAGIC_NANOSECONDS)
        {
            order = ByteOrder.LITTLE_ENDIAN;
            nanoseconds = littleEndianMagic == PcapGlobalHeader.MAGIC_NANOSECONDS;
        }
        else
        {
            damaged = true;
            return false;
        }
        bytes.order(order);
        snapLength = bytes.getInt(PcapGlobalHeader.SNAP_LENGTH_OFFSET);
        linkType = bytes.getInt(PcapGlobalHeader.LINKTYPE_OFFSET) & 0xFFFF;
        header = bytes.array();
        offset = PcapGlobalHeader.LENGTH;
        return true;
    }

    /** No writer stores more of a frame than its snap length: a longer record is damage, not data. */
    private int largestRecord()
    {
        return snapLength > 0 ? Math.min(snapLength, PcapFileReader.LARGEST_RECORD) : PcapFileReader.LARGEST_RECORD;
    }

    private ByteBuffer read(final long position, final int length) throws IOException
    {
        final ByteBuffer bytes = ByteBuffer.allocate(length);
        while (bytes.hasRemaining())
        {
            if (channel.read(bytes, position + bytes.position()) < 0)
            {
                break;
            }
        }
        bytes.flip();
        return bytes.order(null == order ? ByteOrder.BIG_ENDIAN : order);
    }

    private long timestampNanos(final ByteBuffer bytes, final int record)
    {
        final long seconds = bytes.getInt(record + PcapRecord.TIMESTAMP_SECONDS_OFFSET) & 0xFFFF_FFFFL;
        final long fraction = bytes.getInt(record + PcapRecord.TIMESTAMP_NANOSECONDS_OFFSET) & 0xFFFF_FFFFL;
        return seconds * 1_000_000_000L + (nanoseconds ? fraction : fraction * 1_000L);
    }
}
