package dev.nslab.pcap;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes a pcapng of frames read from classic pcaps (tcpdump's, on the kernel backend): the section header at
 * once, one interface block per interface name and link type (a classic pcap records no MAC, so none is written)
 * the first time it is asked for, and packet blocks without {@code epb_flags} (a classic pcap records no
 * direction: nothing is guessed). Every block is whole in the file or absent. One thread.
 */
final class UndirectedPcapngWriter
{
    private final CaptureFile file;
    private final Map<String, Integer> interfaceIds = new HashMap<>();

    /**
     * Stages the section header block.
     *
     * @param file the pcapng, empty; owned by the writer from now on.
     */
    UndirectedPcapngWriter(final CaptureFile file) throws CaptureException
    {
        this.file = file;
        final byte[] userApplication = PcapngFileWriter.USER_APPLICATION.getBytes(StandardCharsets.UTF_8);
        final int length = PcapngSectionHeaderBlock.length(userApplication);
        final ByteBuffer stage = file.reserve(length);
        PcapngSectionHeaderBlock.write(stage, file.stagedBytes(), userApplication);
        file.commit(length);
    }

    /**
     * @param interfaceName {@code DEV} or {@code NS/DEV}, the if_name.
     * @param linkType      the pcap's link type; two captures of one interface with different link types get one
     *                      block each.
     * @param snapLength    the pcap's snap length, written with the interface's first block.
     * @return the interface's id, its block staged first if it had none.
     */
    int interfaceId(final String interfaceName, final int linkType, final int snapLength) throws CaptureException
    {
        final String key = interfaceName + "\0" + linkType;
        final Integer known = interfaceIds.get(key);
        if (null != known)
        {
            return known;
        }
        final int interfaceId = interfaceIds.size();
        interfaceIds.put(key, interfaceId);
        final byte[] name = interfaceName.getBytes(StandardCharsets.UTF_8);
        final int length = PcapngInterfaceDescriptionBlock.lengthWithoutMac(name);
        final ByteBuffer stage = file.reserve(length);
        PcapngInterfaceDescriptionBlock.writeWithoutMac(stage, file.stagedBytes(), linkType, snapLength, name);
        file.commit(length);
        return interfaceId;
    }

    /**
     * Stages one packet block.
     */
    void packet(
        final int interfaceId,
        final long timestampNs,
        final byte[] buffer,
        final int offset,
        final int capturedLength,
        final int originalLength) throws CaptureException
    {
        final int length = PcapngEnhancedPacketBlock.undirectedLength(capturedLength);
        final ByteBuffer stage = file.reserve(length);
        PcapngEnhancedPacketBlock.writeUndirected(stage, file.stagedBytes(), interfaceId, timestampNs, buffer, offset,
            capturedLength, originalLength);
        file.commit(length);
    }

    /** Writes out what is staged. */
    void flush() throws CaptureException
    {
        file.flush();
    }

    /** Writes out what is staged and closes the file. */
    void close() throws CaptureException
    {
        file.close();
    }

    /** Closes without writing what is staged (after a failure). */
    void closeQuietly()
    {
        file.closeQuietly();
    }
}
