package dev.nslab.pcap;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the packets of a pcapng file (draft-tuexen-opsawg-pcapng) block by block: sections in either byte order,
 * interface blocks with {@code if_name}, {@code if_tsresol} (powers of 10 and of 2) and {@code if_tsoffset},
 * enhanced and simple packet blocks; other blocks are skipped. Timestamps are given back in nanoseconds. A file
 * cut short ends cleanly at its last whole block, and {@link #truncated()} says so.
 *
 * <p>One thread; not on the simulation's hot path.
 */
public final class PcapngFileReader implements AutoCloseable
{
    private static final int SIMPLE_PACKET_BLOCK = 3;
    private static final int SMALLEST_BLOCK = 12;
    private static final int LARGEST_BLOCK = 256 * 1024 * 1024;
    private static final short OPTION_TIMESTAMP_OFFSET = 14;
    private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);

    /** One interface of the current section. */
    private record Interface(String name, int linkType, long snapLength, int resolution, long offsetSeconds)
    {
    }

    private final Path path;
    private final InputStream in;
    private final List<Interface> interfaces = new ArrayList<>();
    private ByteOrder order;
    private boolean truncated;
    private long records;

    private PcapngFileReader(final Path path, final InputStream in)
    {
        this.path = path;
        this.in = in;
    }

    /**
     * @param file a pcapng file.
     * @return a reader positioned before the first block.
     * @throws CaptureException when the file cannot be opened.
     */
    public static PcapngFileReader open(final Path file) throws CaptureException
    {
        try
        {
            return new PcapngFileReader(file, new BufferedInputStream(Files.newInputStream(file), 64 * 1024));
        }
        catch (final IOException ex)
        {
            throw PcapFileReader.cannotRead(file, ex);
        }
    }

    /**
     * @return the next packet, or null at the end of the file or at a block cut short.
     * @throws CaptureException when the file cannot be read, does not start with a section header, or a packet is
     *                          malformed: longer than its block or its interface's snap length, of an interface
     *                          not described, or with a timestamp beyond what nanoseconds since 1970 can hold.
     */
    public CapturedPacket next() throws CaptureException
    {
        try
        {
            while (!truncated)
            {
                final ByteBuffer block = readBlock();
                if (null == block)
                {
                    return null;
                }
                final int type = block.getInt(0);
                if (type == PcapngInterfaceDescriptionBlock.BLOCK_TYPE)
                {
                    interfaces.add(readInterface(block));
                }
                else if (type == PcapngEnhancedPacketBlock.BLOCK_TYPE)
                {
                    return readEnhancedPacket(block);
                }
                else if (type == SIMPLE_PACKET_BLOCK)
                {
                    return readSimplePacket(block);
                }
            }
            return null;
        }
        catch (final IOException ex)
        {
            throw PcapFileReader.cannotRead(path, ex);
        }
    }

    /**
     * @return the if_names of the interfaces described so far in the current section, in IDB order.
     */
    public List<String> interfaceNames()
    {
        return interfaces.stream().map(Interface::name).toList();
    }

    /**
     * @return packets read so far; after {@link #next()} returned null with {@link #truncated()}, the block cut
     *         short is somewhere after the last of them.
     */
    public long records()
    {
        return records;
    }

    /**
     * @return whether reading stopped at a block cut short.
     */
    public boolean truncated()
    {
        return truncated;
    }

    @Override
    public void close()
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

    /** @return the whole block in the section's byte order, or null at the end (or a cut, then truncated). */
    private ByteBuffer readBlock() throws IOException, CaptureException
    {
        final byte[] head = in.readNBytes(SMALLEST_BLOCK);
        if (head.length == 0)
        {
            return null;
        }
        if (head.length < SMALLEST_BLOCK)
        {
            truncated = true;
            return null;
        }
        final ByteBuffer start = ByteBuffer.wrap(head);
        if (start.getInt(0) == PcapngSectionHeaderBlock.BLOCK_TYPE)
        {
            // The byte-order magic decides how every later field of this section is read.
            final int magic = start.order(ByteOrder.BIG_ENDIAN).getInt(PcapngSectionHeaderBlock.BYTE_ORDER_MAGIC_OFFSET);
            order = magic == PcapngSectionHeaderBlock.BYTE_ORDER_MAGIC ? ByteOrder.BIG_ENDIAN
                : Integer.reverseBytes(magic) == PcapngSectionHeaderBlock.BYTE_ORDER_MAGIC ? ByteOrder.LITTLE_ENDIAN
                : null;
            if (null == order)
            {
                throw new CaptureException("not a pcapng file (bad byte-order magic): " + path);
            }
            interfaces.clear();
        }
        else if (null == order)
        {
            throw new CaptureException("not a pcapng file (no section header): " + path);
        }
        start.order(order);
        final int totalLength = start.getInt(4);
        if (totalLength < SMALLEST_BLOCK || totalLength % 4 != 0 || totalLength > LARGEST_BLOCK)
        {
            truncated = true;
            return null;
        }
        final byte[] whole = new byte[totalLength];
        System.arraycopy(head, 0, whole, 0, SMALLEST_BLOCK);
        final int rest = in.readNBytes(whole, SMALLEST_BLOCK, totalLength - SMALLEST_BLOCK);
        final ByteBuffer block = ByteBuffer.wrap(whole).order(order);
        if (rest < totalLength - SMALLEST_BLOCK || block.getInt(totalLength - 4) != totalLength)
        {
            truncated = true;
            return null;
        }
        return block;
    }

    private Interface readInterface(final ByteBuffer block)
    {
        final int linkType = block.getShort(PcapngInterfaceDescriptionBlock.LINKTYPE_OFFSET) & 0xFFFF;
        final long snapLength = block.getInt(PcapngInterfaceDescriptionBlock.SNAP_LENGTH_OFFSET) & 0xFFFF_FFFFL;
        String name = "if" + interfaces.size();
        int resolution = 6;
        long offsetSeconds = 0;
        int option = PcapngInterfaceDescriptionBlock.OPTIONS_OFFSET;
        final int end = block.limit() - 4;
        while (option + PcapngOption.HEADER_LENGTH <= end)
        {
            final short code = block.getShort(option + PcapngOption.CODE_OFFSET);
            final int length = block.getShort(option + PcapngOption.LENGTH_OFFSET) & 0xFFFF;
            final int value = option + PcapngOption.VALUE_OFFSET;
            if (code == PcapngOption.CODE_END_OF_OPTIONS || value + length > end)
            {
                break;
            }
            if (code == PcapngInterfaceDescriptionBlock.OPTION_NAME)
            {
                name = new String(block.array(), value, length, StandardCharsets.UTF_8);
            }
            else if (code == PcapngInterfaceDescriptionBlock.OPTION_TIMESTAMP_RESOLUTION && length >= 1)
            {
                resolution = block.get(value) & 0xFF;
            }
            else if (code == OPTION_TIMESTAMP_OFFSET && length >= 8)
            {
                offsetSeconds = block.getLong(value);
            }
            option = value + PcapngOption.pad4(length);
        }
        return new Interface(name, linkType, snapLength, resolution, offsetSeconds);
    }

    private CapturedPacket readEnhancedPacket(final ByteBuffer block) throws CaptureException
    {
        final int interfaceId = block.getInt(PcapngEnhancedPacketBlock.INTERFACE_ID_OFFSET);
        final Interface described = describedInterface(interfaceId);
        final long units = ((long)block.getInt(PcapngEnhancedPacketBlock.TIMESTAMP_HIGH_OFFSET) << 32)
            | (block.getInt(PcapngEnhancedPacketBlock.TIMESTAMP_LOW_OFFSET) & 0xFFFF_FFFFL);
        final int capturedLength = block.getInt(PcapngEnhancedPacketBlock.CAPTURED_LENGTH_OFFSET);
        final int originalLength = block.getInt(PcapngEnhancedPacketBlock.ORIGINAL_LENGTH_OFFSET);
        if (capturedLength < 0 || PcapngEnhancedPacketBlock.PACKET_DATA_OFFSET + capturedLength > block.limit() - 4)
        {
            throw new CaptureException("malformed pcapng file (packet longer than its block): " + path);
        }
        if (described.snapLength() > 0 && capturedLength > described.snapLength())
        {
            throw malformed("its captured length " + capturedLength + " is over its interface's snap length "
                + described.snapLength());
        }
        final long nanos = nanos(units, described);
        final byte[] frame = new byte[capturedLength];
        block.get(PcapngEnhancedPacketBlock.PACKET_DATA_OFFSET, frame);
        records++;
        return new CapturedPacket(described.name(), described.linkType(), nanos, frame, originalLength);
    }

    /** A simple packet block belongs to interface 0 and has no timestamp: it is given 0. */
    private CapturedPacket readSimplePacket(final ByteBuffer block) throws CaptureException
    {
        final Interface described = describedInterface(0);
        final int originalLength = block.getInt(8);
        final int capturedLength = Math.min(originalLength, block.limit() - 16);
        final byte[] frame = new byte[Math.max(0, capturedLength)];
        block.get(12, frame);
        records++;
        return new CapturedPacket(described.name(), described.linkType(), 0L, frame, originalLength);
    }

    private Interface describedInterface(final int interfaceId) throws CaptureException
    {
        if (interfaceId < 0 || interfaceId >= interfaces.size())
        {
            throw new CaptureException("malformed pcapng file (packet of undescribed interface " + interfaceId + "): "
                + path);
        }
        return interfaces.get(interfaceId);
    }

    /**
     * Converts a timestamp in the interface's units (if_tsresol: 10^-n or, with the top bit, 2^-n s) plus its
     * if_tsoffset to ns since 1970.
     *
     * @throws CaptureException when that does not fit in a signed 64-bit count of nanoseconds (about 292 years
     *                          either side of 1970).
     */
    private long nanos(final long units, final Interface described) throws CaptureException
    {
        if (described.resolution() == PcapngInterfaceDescriptionBlock.TIMESTAMP_RESOLUTION_NANOSECONDS
            && described.offsetSeconds() == 0 && units >= 0)
        {
            return units;
        }
        final BigInteger count = new BigInteger(Long.toUnsignedString(units));
        final int exponent = described.resolution() & 0x7F;
        final BigInteger nanos;
        if ((described.resolution() & 0x80) != 0)
        {
            nanos = count.multiply(NANOS_PER_SECOND).shiftRight(exponent);
        }
        else if (exponent <= 9)
        {
            nanos = count.multiply(BigInteger.TEN.pow(9 - exponent));
        }
        else
        {
            nanos = count.divide(BigInteger.TEN.pow(exponent - 9));
        }
        final BigInteger total = nanos.add(BigInteger.valueOf(described.offsetSeconds()).multiply(NANOS_PER_SECOND));
        if (total.bitLength() > 63)
        {
            throw malformed("its timestamp, " + Long.toUnsignedString(units) + " units of "
                + ((described.resolution() & 0x80) != 0 ? "2^-" : "10^-") + exponent + " s"
                + (described.offsetSeconds() == 0 ? "" : " plus if_tsoffset " + described.offsetSeconds() + " s")
                + ", is out of range (nanoseconds since 1970 in 64 bits)");
        }
        return total.longValue();
    }

    private CaptureException malformed(final String what)
    {
        return new CaptureException("malformed pcapng file " + path + ": record " + (records + 1) + ": " + what);
    }
}
