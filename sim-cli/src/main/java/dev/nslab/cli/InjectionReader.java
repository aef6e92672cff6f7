package dev.nslab.cli;

import java.io.EOFException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pcap4j.core.NotOpenException;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.Pcaps;
import org.pcap4j.packet.namednumber.DataLinkType;

import dev.nslab.pcap.CaptureException;
import dev.nslab.pcap.CaptureFiles;
import dev.nslab.pcap.CapturedPacket;

/**
 * Turns {@code --inject NS/DEV=FILE[@TIME]} into an {@link Injection}: reads the capture's Ethernet frames and
 * times them from its first frame (plus TIME, a delay after the scenario starts).
 *
 * <p>The capture is read with libpcap through pcap4j, the reader Wireshark and tcpdump users' files are made for
 * (pcap in every variant, pcapng). Where libpcap cannot be loaded, nslab's own readers take over (they read pcap
 * and pcapng as nslab and tcpdump write them), and the run says so in one note.
 */
final class InjectionReader
{
    /** TIME: a duration such as 0s, 1.5s, 250ms or 2m. */
    private static final Pattern TIME = Pattern.compile("([0-9]+(?:\\.[0-9]{1,9})?)(ms|s|m)");

    /** Set when libpcap was missing and nslab's own reader was used. */
    private String note;

    /** An {@code --inject} that cannot be used: one line for the user. */
    static final class InjectionException extends Exception
    {
        private static final long serialVersionUID = 1L;

        InjectionException(final String message)
        {
            super(message, null, false, false);
        }
    }

    /** @return a note to show the user about how captures were read, or null. */
    String note()
    {
        return note;
    }

    /**
     * @param spec {@code NS/DEV=FILE[@TIME]}.
     * @return the frames to inject.
     * @throws InjectionException when the spec is malformed or the file is not a readable Ethernet capture.
     */
    Injection read(final String spec) throws InjectionException
    {
        final int equals = spec.indexOf('=');
        if (equals < 0)
        {
            throw new InjectionException("--inject must be NS/DEV=FILE[@TIME], not '" + spec + "'");
        }
        final String target = spec.substring(0, equals);
        final int slash = target.indexOf('/');
        if (slash <= 0 || slash == target.length() - 1 || target.indexOf('/', slash + 1) >= 0)
        {
            throw new InjectionException("--inject: '" + target + "' is not NS/DEV (host for the initial namespace)");
        }
        String file = spec.substring(equals + 1);
        long startNs = 0;
        final int at = file.lastIndexOf('@');
        if (at >= 0)
        {
            final Matcher time = TIME.matcher(file.substring(at + 1));
            if (time.matches())
            {
                startNs = nanos(time.group(1), time.group(2));
                file = file.substring(0, at);
            }
        }
        if (file.isEmpty())
        {
            throw new InjectionException("--inject must be NS/DEV=FILE[@TIME], not '" + spec + "'");
        }
        final Path path = Path.of(file);
        if (!Files.exists(path))
        {
            throw new InjectionException("--inject: " + file + ": no such file");
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path))
        {
            throw new InjectionException("--inject: " + file + ": not a readable file");
        }
        final List<CapturedPacket> packets = readPackets(path);
        final List<Injection.TimedFrame> frames = new ArrayList<>(packets.size());
        final long first = packets.isEmpty() ? 0 : packets.get(0).timestampNanos();
        long previous = startNs;
        for (final CapturedPacket packet : packets)
        {
            // A capture out of time order (merged by hand) is replayed in file order, never backwards in time.
            previous = Math.max(previous, startNs + packet.timestampNanos() - first);
            frames.add(new Injection.TimedFrame(previous, packet.frame()));
        }
        return new Injection(target.substring(0, slash), target.substring(slash + 1), file, frames);
    }

    private static long nanos(final String amount, final String unit)
    {
        final java.math.BigDecimal value = new java.math.BigDecimal(amount);
        final long perUnit = switch (unit)
        {
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            default -> 60_000_000_000L;
        };
        return value.multiply(java.math.BigDecimal.valueOf(perUnit)).longValue();
    }

    private List<CapturedPacket> readPackets(final Path path) throws InjectionException
    {
        try
        {
            return readWithLibpcap(path);
        }
        catch (final UnsatisfiedLinkError | NoClassDefFoundError missing)
        {
            note = "libpcap could not be loaded (" + missing.getMessage() + "); captures to inject were read with "
                + "nslab's own pcap/pcapng reader";
            return readWithNslab(path);
        }
    }

    private static List<CapturedPacket> readWithLibpcap(final Path path) throws InjectionException
    {
        final PcapHandle handle;
        try
        {
            handle = Pcaps.openOffline(path.toString(), PcapHandle.TimestampPrecision.NANO);
        }
        catch (final PcapNativeException e)
        {
            throw new InjectionException("--inject: " + path + ": not a capture libpcap can read ("
                + oneLine(e.getMessage()) + ")");
        }
        try
        {
            if (handle.getDlt() != DataLinkType.EN10MB)
            {
                throw new InjectionException("--inject: " + path + ": link type " + handle.getDlt()
                    + ", only Ethernet captures can be injected");
            }
            final List<CapturedPacket> packets = new ArrayList<>();
            while (true)
            {
                final byte[] data;
                try
                {
                    data = handle.getNextRawPacketEx();
                }
                catch (final EOFException end)
                {
                    return packets;
                }
                final Timestamp timestamp = handle.getTimestamp();
                final long nanos = Math.floorDiv(timestamp.getTime(), 1000L) * 1_000_000_000L + timestamp.getNanos();
                packets.add(new CapturedPacket(path.toString(), 1, nanos, data, handle.getOriginalLength()));
            }
        }
        catch (final PcapNativeException | TimeoutException | NotOpenException e)
        {
            throw new InjectionException("--inject: " + path + ": cannot read (" + oneLine(e.getMessage()) + ")");
        }
        finally
        {
            handle.close();
        }
    }

    private static List<CapturedPacket> readWithNslab(final Path path) throws InjectionException
    {
        try
        {
            final List<CapturedPacket> packets = CaptureFiles.read(path);
            for (final CapturedPacket packet : packets)
            {
                if (packet.linkType() != 1)
                {
                    throw new InjectionException("--inject: " + path + ": link type " + packet.linkType()
                        + ", only Ethernet captures can be injected");
                }
            }
            return packets;
        }
        catch (final CaptureException e)
        {
            throw new InjectionException("--inject: " + e.getMessage());
        }
    }

    private static String oneLine(final String message)
    {
        return null == message ? "no reason given" : message.replaceAll("\\s+", " ").trim();
    }
}
