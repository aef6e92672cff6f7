package dev.nslab.cli;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns {@code --inject NS/DEV=FILE[@TIME]} into an {@link Injection}: checks the whole capture, one record at a
 * time (Ethernet, every record whole and well-formed, every time in range), so that a bad one stops nslab before
 * anything runs, and keeps only what the run needs to read it again: its count and its last frame's time.
 *
 * <p>pcap and pcapng are read by nslab's own readers (see {@link CaptureRecords}); other variants by libpcap.
 */
final class InjectionReader
{
    /** TIME: a duration such as 0s, 1.5s, 250ms or 2m. */
    private static final Pattern TIME = Pattern.compile("([0-9]+(?:\\.[0-9]{1,9})?)(ms|s|m)");
    private static final int LINKTYPE_ETHERNET = 1;

    /** An {@code --inject} that cannot be used: one line for the user. */
    static final class InjectionException extends Exception
    {
        private static final long serialVersionUID = 1L;

        InjectionException(final String message)
        {
            super(message, null, false, false);
        }
    }

    /**
     * @param spec {@code [NS/]DEV=FILE[@TIME]}: {@code DEV} for a device of the initial namespace, {@code NS/DEV}
     *             for one of namespace NS, as captures name them.
     * @return the frames to inject.
     * @throws InjectionException when the spec is malformed or the file is not a readable Ethernet capture.
     */
    Injection read(final String spec) throws InjectionException
    {
        final int equals = spec.indexOf('=');
        if (equals < 0)
        {
            throw new InjectionException("--inject must be [NS/]DEV=FILE[@TIME], not '" + spec + "'");
        }
        final String target = spec.substring(0, equals);
        final dev.nslab.pcap.CaptureInterface device;
        try
        {
            device = dev.nslab.pcap.CaptureInterface.named(target);
        }
        catch (final IllegalArgumentException e)
        {
            throw new InjectionException("--inject: '" + target + "' is not DEV (initial namespace) or NS/DEV");
        }
        String file = spec.substring(equals + 1);
        long startNs = 0;
        final int at = file.lastIndexOf('@');
        if (at >= 0)
        {
            final String time = file.substring(at + 1);
            final Matcher matcher = TIME.matcher(time);
            if (matcher.matches())
            {
                startNs = nanos(time, matcher.group(1), matcher.group(2));
                file = file.substring(0, at);
            }
            else if (!Files.exists(Path.of(file)) && at > 0 && Files.exists(Path.of(file.substring(0, at))))
            {
                throw new InjectionException("--inject: '" + time + "' is not a TIME (a duration such as 0s, 1.5s, "
                    + "250ms or 2m)");
            }
        }
        if (file.isEmpty())
        {
            throw new InjectionException("--inject must be [NS/]DEV=FILE[@TIME], not '" + spec + "'");
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
        return check(device.namespace(), device.device(), file, path, startNs);
    }

    /** Reads the whole capture once, keeping nothing of its frames. */
    private static Injection check(final String namespace, final String device, final String file, final Path path,
        final long startNs) throws InjectionException
    {
        final InjectionClock clock = new InjectionClock(file, startNs);
        long count = 0;
        long lastNs = -1;
        try (CaptureRecords records = CaptureRecords.open(path))
        {
            for (CaptureRecords.Record record = records.next(); null != record; record = records.next())
            {
                if (record.linkType() != LINKTYPE_ETHERNET)
                {
                    throw new InjectionException("--inject: " + file + ": record " + record.number() + ": link type "
                        + record.linkType() + ", only Ethernet captures can be injected");
                }
                lastNs = clock.timeOf(record);
                count++;
            }
        }
        return new Injection(namespace, device, file, path, startNs, count, lastNs);
    }

    /** @throws InjectionException when TIME is beyond the latest time a frame may be injected at. */
    private static long nanos(final String time, final String amount, final String unit) throws InjectionException
    {
        final long perUnit = switch (unit)
        {
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            default -> 60_000_000_000L;
        };
        final BigDecimal nanos = new BigDecimal(amount).multiply(BigDecimal.valueOf(perUnit));
        if (nanos.compareTo(BigDecimal.valueOf(InjectionClock.LATEST_NS)) > 0)
        {
            throw new InjectionException("--inject: TIME '" + time + "' is too late (at most "
                + InjectionClock.LATEST_NS / 1_000_000_000L + "s, about 146 years)");
        }
        return nanos.longValue();
    }
}
