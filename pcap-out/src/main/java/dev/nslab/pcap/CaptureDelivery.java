package dev.nslab.pcap;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The kernel backend's captures, delivered while they are made. Inside the sandbox each tcpdump writes one classic
 * pcap per capture into a staging directory; {@link #deliver()} copies the whole records each has added since the
 * last call into the outputs asked for:
 * <ul>
 * <li>a {@link CaptureDirectory}: one pcap per interface that carried traffic, tcpdump's own bytes, the captures
 *     of one interface (after a move there and back) joined in the order they were made under the first one's
 *     header;</li>
 * <li>a pcapng: a section header at once, an interface block at each interface's first record, packet blocks
 *     without direction (see {@link PcapMerger}).</li>
 * </ul>
 * Only whole records are ever written, so after {@code kill -9} the outputs hold every record delivered so far and
 * read to their last whole record. {@link #finish()} delivers the rest and rewrites the pcapng in time order (a
 * new file beside it, renamed over it).
 *
 * <p>Not thread-safe: the caller serialises the calls.
 */
public final class CaptureDelivery
{
    /** Bytes read from one staged file per pass: bounds the memory a pass holds. */
    private static final int PASS_BYTES = 1 << 20;

    /** What {@link #finish()} wrote. */
    public record Result(List<Path> files, List<String> warnings)
    {
        /**
         * Copies the lists.
         */
        public Result
        {
            files = List.copyOf(files);
            warnings = List.copyOf(warnings);
        }
    }

    /** One staged capture being followed. */
    private static final class Source
    {
        private final CaptureInterface captured;
        private final Path staged;
        private final PcapFollower follower;
        /** Where its records go in DIR, once it has one; null until its first record. */
        private InterfacePcap pcap;
        /** Its header differs from the one its interface's file was started with: not joined. */
        private boolean headerMismatch;
        private int pcapngInterfaceId = -1;
        private long records;

        private Source(final CaptureInterface captured, final Path staged)
        {
            this.captured = captured;
            this.staged = staged;
            this.follower = new PcapFollower(staged);
        }
    }

    /** One interface's pcap in DIR and the header it was started with. */
    private record InterfacePcap(CaptureFile file, byte[] header)
    {
    }

    /** A record of one pass, waiting to be written to the pcapng in time order. */
    private record Pending(long timestampNanos, Source source, PcapFollower.Records records, int index)
    {
    }

    private final CaptureDirectory directory;
    private final Path pcapngFile;
    private final UndirectedPcapngWriter pcapng;
    private final List<Source> sources = new ArrayList<>();
    private final Map<String, InterfacePcap> pcapsByInterface = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private CaptureException failure;
    private Result result;

    private CaptureDelivery(
        final CaptureDirectory directory,
        final Path pcapngFile,
        final UndirectedPcapngWriter pcapng)
    {
        this.directory = directory;
        this.pcapngFile = pcapngFile;
        this.pcapng = pcapng;
    }

    /**
     * Opens the outputs before anything runs: the pcapng is created (or replaced) now, with its section header
     * written, so that even an interrupted run leaves a valid one.
     *
     * @param directory  where per-interface pcaps go (owned from now on), or null for none.
     * @param pcapngFile the run's pcapng, or null for none.
     * @return the delivery, following nothing yet.
     * @throws CaptureException when the pcapng cannot be created (the directory is closed then).
     */
    public static CaptureDelivery open(final CaptureDirectory directory, final Path pcapngFile) throws CaptureException
    {
        if (null == pcapngFile)
        {
            return new CaptureDelivery(directory, null, null);
        }
        try
        {
            final CaptureFile file = CaptureFile.open(pcapngFile, OutputFiles.replace(pcapngFile));
            final UndirectedPcapngWriter pcapng;
            try
            {
                pcapng = new UndirectedPcapngWriter(file);
                pcapng.flush();
            }
            catch (final CaptureException ex)
            {
                file.closeQuietly();
                throw ex;
            }
            return new CaptureDelivery(directory, pcapngFile, pcapng);
        }
        catch (final CaptureException ex)
        {
            if (null != directory)
            {
                directory.close();
            }
            throw ex;
        }
    }

    /**
     * Follows one more capture, in the order the captures started (that order joins an interface's captures).
     *
     * @param captured the interface captured.
     * @param staged   the pcap its tcpdump writes; it need not exist yet.
     */
    public void follow(final CaptureInterface captured, final Path staged)
    {
        sources.add(new Source(Objects.requireNonNull(captured, "captured"), Objects.requireNonNull(staged, "staged")));
    }

    /**
     * Copies the whole records written since the last call into the outputs, and writes them out.
     *
     * @throws CaptureException when an output cannot be written or a staged file read; delivery stops then
     *     (outputs keep their whole records) and every later call throws the same.
     */
    public void deliver() throws CaptureException
    {
        if (null != failure)
        {
            throw failure;
        }
        if (null != result)
        {
            return;
        }
        try
        {
            while (pass())
            {
                // A staged file held more than one pass takes: go on, it is all there already.
            }
        }
        catch (final CaptureException ex)
        {
            failure = ex;
            abort();
            throw ex;
        }
    }

    /**
     * Delivers what is left (call once every tcpdump has ended), closes the outputs and rewrites the pcapng in
     * time order. Later calls return the same result.
     *
     * @return the pcaps written, in interface-name order, then the pcapng; and one warning per capture cut short
     *     or not joined.
     * @throws CaptureException when an output cannot be written.
     */
    public Result finish() throws CaptureException
    {
        if (null != result)
        {
            return result;
        }
        deliver();
        final List<Path> files = new ArrayList<>();
        try
        {
            for (final Source source : sources)
            {
                if (source.follower.refused())
                {
                    warnings.add("capture of " + CaptureException.printable(source.captured.interfaceName())
                        + " is staged in no regular file; left out");
                }
                else if (source.follower.cutShort())
                {
                    warnings.add("capture of " + CaptureException.printable(source.captured.interfaceName())
                        + " was cut short; its whole records are kept");
                }
            }
            closeOutputs();
            pcapsByInterface.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> files.add(entry.getValue().file().path()));
            if (null != pcapng)
            {
                final List<PcapMerger.Input> inputs = new ArrayList<>();
                for (final Source source : sources)
                {
                    if (source.records > 0)
                    {
                        inputs.add(new PcapMerger.Input(source.captured.interfaceName(), source.staged));
                    }
                }
                if (!OutputFiles.isWrittenInPlace(pcapngFile))
                {
                    PcapMerger.merge(inputs, pcapngFile);
                }
                files.add(pcapngFile);
            }
            result = new Result(files, warnings);
            return result;
        }
        catch (final CaptureException ex)
        {
            failure = ex;
            abort();
            throw ex;
        }
        finally
        {
            sources.forEach(source -> source.follower.close());
        }
    }

    /**
     * Closes every output without writing what is staged (after a failure); they keep their whole records.
     */
    public void abort()
    {
        pcapsByInterface.values().forEach(pcap -> pcap.file().closeQuietly());
        if (null != pcapng)
        {
            pcapng.closeQuietly();
        }
        if (null != directory)
        {
            directory.close();
        }
        sources.forEach(source -> source.follower.close());
    }

    /** One round over every source. @return whether a source had more than one round takes. */
    private boolean pass() throws CaptureException
    {
        boolean more = false;
        final List<Pending> pending = new ArrayList<>();
        for (final Source source : sources)
        {
            final PcapFollower.Records records = source.follower.poll(PASS_BYTES);
            if (0 == records.count())
            {
                continue;
            }
            more |= records.more();
            source.records += records.count();
            if (null != directory)
            {
                appendToPcap(source, records);
            }
            if (null != pcapng)
            {
                for (int i = 0; i < records.count(); i++)
                {
                    pending.add(new Pending(records.timestampNanos(i), source, records, i));
                }
            }
        }
        if (null != pcapng && !pending.isEmpty())
        {
            // Time order within a pass; finish() puts the whole file in order.
            pending.sort(Comparator.comparingLong(Pending::timestampNanos));
            for (final Pending record : pending)
            {
                appendToPcapng(record);
            }
            pcapng.flush();
        }
        for (final InterfacePcap pcap : pcapsByInterface.values())
        {
            pcap.file().flush();
        }
        return more;
    }

    private void appendToPcap(final Source source, final PcapFollower.Records records) throws CaptureException
    {
        if (null == source.pcap && !source.headerMismatch)
        {
            final String name = source.captured.interfaceName();
            InterfacePcap pcap = pcapsByInterface.get(name);
            if (null == pcap)
            {
                final CaptureFile file = directory.createPcap(source.captured);
                pcap = new InterfacePcap(file, source.follower.header());
                pcapsByInterface.put(name, pcap);
                file.append(pcap.header(), 0, pcap.header().length);
            }
            if (Arrays.equals(pcap.header(), source.follower.header()))
            {
                source.pcap = pcap;
            }
            else
            {
                source.headerMismatch = true;
                warnings.add("capture of " + CaptureException.printable(name) + " changed link type or snap length;"
                    + " only its first form is in " + CaptureException.printable(pcap.file().path()));
            }
        }
        if (null != source.pcap)
        {
            for (int i = 0; i < records.count(); i++)
            {
                source.pcap.file().append(records.array(), records.start(i), records.length(i));
            }
        }
    }

    private void appendToPcapng(final Pending record) throws CaptureException
    {
        final Source source = record.source();
        if (source.pcapngInterfaceId < 0)
        {
            source.pcapngInterfaceId = pcapng.interfaceId(source.captured.interfaceName(), source.follower.linkType(),
                source.follower.snapLength());
        }
        final PcapFollower.Records records = record.records();
        final int i = record.index();
        pcapng.packet(source.pcapngInterfaceId, record.timestampNanos(), records.array(),
            records.start(i) + PcapRecord.HEADER_LENGTH, records.capturedLength(i), records.originalLength(i));
    }

    private void closeOutputs() throws CaptureException
    {
        CaptureException first = null;
        for (final InterfacePcap pcap : pcapsByInterface.values())
        {
            try
            {
                pcap.file().close();
            }
            catch (final CaptureException ex)
            {
                first = null == first ? ex : first;
            }
        }
        if (null != pcapng)
        {
            try
            {
                pcapng.close();
            }
            catch (final CaptureException ex)
            {
                first = null == first ? ex : first;
            }
        }
        if (null != directory)
        {
            directory.close();
        }
        if (null != first)
        {
            throw first;
        }
    }
}
