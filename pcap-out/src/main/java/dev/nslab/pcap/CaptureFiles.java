package dev.nslab.pcap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads back what a run captured, whichever form it took: a directory of {@code NS-DEV.pcap} files
 * ({@code --pcap DIR}), one pcap, or one pcapng ({@code --pcapng FILE}), from either backend.
 */
public final class CaptureFiles
{
    private static final String PCAP_SUFFIX = ".pcap";

    private CaptureFiles()
    {
    }

    /**
     * Names the interface of a {@code NS-DEV.pcap} file {@code NS/DEV}, splitting at the first '-'. Device names
     * often hold a '-' (veth-red), namespace names rarely do; a namespace name with a '-' is split wrongly, but the
     * same way for both backends, so their captures still compare.
     *
     * @param file a pcap file.
     * @return {@code NS/DEV}, or the file's base name when it holds no '-'.
     */
    public static String interfaceNameOf(final Path file)
    {
        String base = file.getFileName().toString();
        if (base.endsWith(PCAP_SUFFIX))
        {
            base = base.substring(0, base.length() - PCAP_SUFFIX.length());
        }
        final int dash = base.indexOf('-');
        return dash <= 0 || dash == base.length() - 1 ? base : base.substring(0, dash) + "/" + base.substring(dash + 1);
    }

    /**
     * @param capture a directory of {@code *.pcap} files (read in name order), a pcap file or a pcapng file (told
     *                apart by their first bytes, not their names).
     * @return every whole packet, each file's in its order.
     * @throws CaptureException when something cannot be read or is not a capture.
     */
    public static List<CapturedPacket> read(final Path capture) throws CaptureException
    {
        final List<CapturedPacket> packets = new ArrayList<>();
        if (Files.isDirectory(capture))
        {
            for (final Path file : pcapFilesIn(capture))
            {
                readPcap(file, interfaceNameOf(file), packets);
            }
        }
        else if (isPcapng(capture))
        {
            try (PcapngFileReader reader = PcapngFileReader.open(capture))
            {
                for (CapturedPacket packet = reader.next(); null != packet; packet = reader.next())
                {
                    packets.add(packet);
                }
            }
        }
        else
        {
            readPcap(capture, interfaceNameOf(capture), packets);
        }
        return packets;
    }

    /**
     * @param directory a capture directory.
     * @return its {@code *.pcap} files in name order.
     * @throws CaptureException when it cannot be listed.
     */
    public static List<Path> pcapFilesIn(final Path directory) throws CaptureException
    {
        try (Stream<Path> listing = Files.list(directory))
        {
            return listing.filter(p -> p.getFileName().toString().endsWith(PCAP_SUFFIX) && Files.isRegularFile(p))
                .sorted().toList();
        }
        catch (final IOException ex)
        {
            throw new CaptureException("cannot list capture directory " + directory + ": " + CaptureException.reason(ex));
        }
    }

    private static void readPcap(final Path file, final String interfaceName, final List<CapturedPacket> packets)
        throws CaptureException
    {
        try (PcapFileReader reader = PcapFileReader.open(file, interfaceName))
        {
            for (CapturedPacket packet = reader.next(); null != packet; packet = reader.next())
            {
                packets.add(packet);
            }
        }
    }

    private static boolean isPcapng(final Path file) throws CaptureException
    {
        try (InputStream in = Files.newInputStream(file))
        {
            final byte[] start = in.readNBytes(4);
            return start.length == 4 && ByteBuffer.wrap(start).getInt() == PcapngSectionHeaderBlock.BLOCK_TYPE;
        }
        catch (final IOException ex)
        {
            throw PcapFileReader.cannotRead(file, ex);
        }
    }
}
