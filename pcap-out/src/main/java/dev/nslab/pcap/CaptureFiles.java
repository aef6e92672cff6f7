package dev.nslab.pcap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads back what a run captured, whichever form it took: a capture directory ({@code --pcap DIR}: {@code DEV.pcap}
 * and {@code netns/NS/DEV.pcap}, see {@link CaptureInterface}), one pcap, or one pcapng ({@code --pcapng FILE}),
 * from either backend.
 */
public final class CaptureFiles
{
    private static final String PCAP_SUFFIX = CaptureInterface.PCAP_SUFFIX;

    private CaptureFiles()
    {
    }

    /**
     * Names the interface a pcap of a capture directory holds, from where it lies: {@code DIR/DEV.pcap} is
     * {@code DEV}, {@code DIR/netns/NS/DEV.pcap} is {@code NS/DEV}. Any other file is named after itself.
     *
     * @param directory the capture directory.
     * @param file      a pcap in it.
     * @return {@code DEV} or {@code NS/DEV}.
     */
    public static String interfaceNameOf(final Path directory, final Path file)
    {
        final Path relative = directory.relativize(file);
        if (relative.getNameCount() == 3 && relative.getName(0).toString().equals(CaptureInterface.NETNS_DIRECTORY))
        {
            return CaptureInterface.interfaceName(relative.getName(1).toString(), interfaceNameOf(file));
        }
        return interfaceNameOf(file);
    }

    /**
     * @param file a pcap file read on its own.
     * @return its name without {@code .pcap}: a lone file does not tell its namespace.
     */
    public static String interfaceNameOf(final Path file)
    {
        final String base = file.getFileName().toString();
        return base.endsWith(PCAP_SUFFIX) && base.length() > PCAP_SUFFIX.length()
            ? base.substring(0, base.length() - PCAP_SUFFIX.length()) : base;
    }

    /**
     * @param capture a capture directory (its pcaps read in interface-name order), a pcap file or a pcapng file
     *                (told apart by their first bytes, not their names).
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
                readPcap(file, interfaceNameOf(capture, file), packets);
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
     * @return its per-interface pcaps, {@code DEV.pcap} and {@code netns/NS/DEV.pcap} (regular files, links not
     *     followed), in interface-name order.
     * @throws CaptureException when it cannot be listed.
     */
    public static List<Path> pcapFilesIn(final Path directory) throws CaptureException
    {
        final Map<String, Path> byName = new TreeMap<>();
        for (final Path file : pcapsDirectlyIn(directory))
        {
            byName.put(interfaceNameOf(directory, file), file);
        }
        final Path namespaces = directory.resolve(CaptureInterface.NETNS_DIRECTORY);
        if (Files.isDirectory(namespaces, LinkOption.NOFOLLOW_LINKS))
        {
            for (final Path namespace : list(namespaces))
            {
                if (Files.isDirectory(namespace, LinkOption.NOFOLLOW_LINKS))
                {
                    for (final Path file : pcapsDirectlyIn(namespace))
                    {
                        byName.put(interfaceNameOf(directory, file), file);
                    }
                }
            }
        }
        return List.copyOf(byName.values());
    }

    private static List<Path> pcapsDirectlyIn(final Path directory) throws CaptureException
    {
        return list(directory).stream()
            .filter(p -> p.getFileName().toString().endsWith(PCAP_SUFFIX)
                && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
            .toList();
    }

    private static List<Path> list(final Path directory) throws CaptureException
    {
        try (Stream<Path> listing = Files.list(directory))
        {
            return listing.sorted().toList();
        }
        catch (final IOException ex)
        {
            throw new CaptureException("cannot list capture directory " + CaptureException.printable(directory)
                + ": " + CaptureException.reason(ex));
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
