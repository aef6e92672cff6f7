package dev.nslab.cli;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.concurrent.TimeoutException;

import org.pcap4j.core.NotOpenException;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.Pcaps;

import dev.nslab.cli.InjectionReader.InjectionException;
import dev.nslab.pcap.CaptureException;
import dev.nslab.pcap.CapturedPacket;
import dev.nslab.pcap.PcapGlobalHeader;
import dev.nslab.pcap.PcapFileReader;
import dev.nslab.pcap.PcapngFileReader;

/**
 * The records of a capture to inject, read one at a time, so that a capture larger than the heap can be checked
 * and replayed. Classic pcap (either magic, either byte order) and pcapng are read by nslab's own readers, which
 * check every field: a timestamp fraction out of range, a record over the snap length, a timestamp beyond 64-bit
 * nanoseconds, a file cut short. Other variants libpcap reads (pcap4j) go through libpcap where it can be loaded.
 * Every problem is one line naming the file and the record.
 */
final class CaptureRecords implements AutoCloseable
{
    private static final int PCAPNG_SECTION_HEADER = 0x0A0D_0D0A;

    /** One frame of the capture. */
    record Record(long number, long timestampNanos, int linkType, byte[] frame)
    {
    }

    private final Path path;
    private final PcapFileReader pcap;
    private final PcapngFileReader pcapng;
    private final PcapHandle libpcap;
    private long records;

    private CaptureRecords(final Path path, final PcapFileReader pcap, final PcapngFileReader pcapng,
        final PcapHandle libpcap)
    {
        this.path = path;
        this.pcap = pcap;
        this.pcapng = pcapng;
        this.libpcap = libpcap;
    }

    /**
     * @throws InjectionException when the file is not a capture nslab or libpcap reads.
     */
    static CaptureRecords open(final Path path) throws InjectionException
    {
        try
        {
            return switch (format(path))
            {
                case PCAP -> new CaptureRecords(path, PcapFileReader.open(path, path.toString()), null, null);
                case PCAPNG -> new CaptureRecords(path, null, PcapngFileReader.open(path), null);
                default -> new CaptureRecords(path, null, null, openWithLibpcap(path));
            };
        }
        catch (final CaptureException e)
        {
            throw new InjectionException("--inject: " + e.getMessage());
        }
    }

    /** @return true when libpcap reads this file (a variant nslab's readers do not know). */
    boolean readByLibpcap()
    {
        return null != libpcap;
    }

    /**
     * @return the next record, or null after the last.
     * @throws InjectionException when the record is malformed or the file is cut short.
     */
    Record next() throws InjectionException
    {
        if (null != libpcap)
        {
            return nextFromLibpcap();
        }
        final CapturedPacket packet;
        try
        {
            packet = null != pcap ? pcap.next() : pcapng.next();
        }
        catch (final CaptureException e)
        {
            throw new InjectionException("--inject: " + e.getMessage());
        }
        if (null == packet)
        {
            if (null != pcap ? pcap.truncated() : pcapng.truncated())
            {
                throw new InjectionException("--inject: " + path + ": the file is cut short after record " + records
                    + " (its last record is incomplete, or a length field is damaged)");
            }
            return null;
        }
        return new Record(++records, packet.timestampNanos(), packet.linkType(), packet.frame());
    }

    private Record nextFromLibpcap() throws InjectionException
    {
        final long number = records + 1;
        try
        {
            final byte[] data = libpcap.getNextRawPacketEx();
            final Timestamp timestamp = libpcap.getTimestamp();
            final long nanos;
            try
            {
                nanos = Math.addExact(Math.multiplyExact(Math.floorDiv(timestamp.getTime(), 1000L), 1_000_000_000L),
                    timestamp.getNanos());
            }
            catch (final ArithmeticException e)
            {
                throw new InjectionException("--inject: " + path + ": record " + number
                    + ": its timestamp is out of range (nanoseconds since 1970 in 64 bits)");
            }
            records = number;
            return new Record(number, nanos, libpcap.getDlt().value(), data);
        }
        catch (final EOFException end)
        {
            return null;
        }
        catch (final IllegalArgumentException e)
        {
            // pcap4j makes a java.sql.Timestamp of the record's time, and refuses a fraction out of range.
            throw new InjectionException("--inject: " + path + ": record " + number + ": its timestamp is out of range ("
                + oneLine(e.getMessage()) + ")");
        }
        catch (final PcapNativeException | TimeoutException | NotOpenException e)
        {
            throw new InjectionException("--inject: " + path + ": record " + number + ": cannot read ("
                + oneLine(e.getMessage()) + ")");
        }
    }

    @Override
    public void close()
    {
        if (null != pcap)
        {
            pcap.close();
        }
        if (null != pcapng)
        {
            pcapng.close();
        }
        if (null != libpcap)
        {
            libpcap.close();
        }
    }

    private enum Format
    {
        PCAP, PCAPNG, OTHER
    }

    private static Format format(final Path path) throws InjectionException
    {
        final byte[] start;
        try (InputStream in = Files.newInputStream(path))
        {
            start = in.readNBytes(4);
        }
        catch (final IOException e)
        {
            throw new InjectionException("--inject: " + path + ": cannot read (" + oneLine(e.getMessage()) + ")");
        }
        if (start.length < 4)
        {
            return Format.OTHER;
        }
        final int magic = ByteBuffer.wrap(start).getInt();
        if (magic == PCAPNG_SECTION_HEADER)
        {
            return Format.PCAPNG;
        }
        for (final int candidate : new int[] {magic, Integer.reverseBytes(magic)})
        {
            if (candidate == PcapFileReader.MAGIC_MICROSECONDS || candidate == PcapGlobalHeader.MAGIC_NANOSECONDS)
            {
                return Format.PCAP;
            }
        }
        return Format.OTHER;
    }

    private static PcapHandle openWithLibpcap(final Path path) throws InjectionException
    {
        try
        {
            return Pcaps.openOffline(path.toString(), PcapHandle.TimestampPrecision.NANO);
        }
        catch (final PcapNativeException e)
        {
            throw new InjectionException("--inject: " + path + ": not a capture nslab or libpcap can read ("
                + oneLine(e.getMessage()) + ")");
        }
        catch (final UnsatisfiedLinkError | NoClassDefFoundError missing)
        {
            throw new InjectionException("--inject: " + path + ": not a pcap or pcapng file (libpcap, which reads "
                + "other variants, could not be loaded: " + oneLine(missing.getMessage()) + ")");
        }
    }

    static String oneLine(final String message)
    {
        return null == message ? "no reason given" : message.replaceAll("\\s+", " ").trim();
    }
}
