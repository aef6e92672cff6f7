package dev.nslab.pcap;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes one pcapng file for the whole run: the section header, then for each interface an IDB just before its
 * first frame, and the frames as EPBs in the order they were captured. Writer thread only, except the
 * constructor.
 */
final class PcapngFileWriter implements CaptureFileWriter
{
    /** shb_userappl of every file nslab writes. */
    static final String USER_APPLICATION = "nslab";

    private final CaptureFile file;
    private final PointRegistry registry;
    private final int snapLength;
    private final Map<String, Integer> interfaceIdsByName = new HashMap<>();
    /** -1: not yet resolved. */
    private int[] interfaceIdsByPoint = new int[16];

    /**
     * Stages the section header block. Any thread, before the writer thread starts.
     */
    PcapngFileWriter(final CaptureFile file, final PointRegistry registry, final int snapLength)
        throws CaptureException
    {
        this.file = file;
        this.registry = registry;
        this.snapLength = snapLength;
        Arrays.fill(interfaceIdsByPoint, -1);
        final byte[] userApplication = USER_APPLICATION.getBytes(StandardCharsets.UTF_8);
        final int length = PcapngSectionHeaderBlock.length(userApplication);
        final ByteBuffer stage = file.reserve(length);
        PcapngSectionHeaderBlock.write(stage, file.stagedBytes(), userApplication);
        file.commit(length);
    }

    @Override
    public void writeFrame(
        final int pointId,
        final long timestampNs,
        final boolean outbound,
        final byte[] buffer,
        final int offset,
        final int capturedLength,
        final int originalLength) throws CaptureException
    {
        final int interfaceId = interfaceIdOf(pointId);
        final int length = PcapngEnhancedPacketBlock.length(capturedLength);
        final ByteBuffer stage = file.reserve(length);
        PcapngEnhancedPacketBlock.write(stage, file.stagedBytes(), interfaceId, timestampNs, outbound,
            buffer, offset, capturedLength, originalLength);
        file.commit(length);
    }

    private int interfaceIdOf(final int pointId) throws CaptureException
    {
        if (pointId < interfaceIdsByPoint.length && interfaceIdsByPoint[pointId] >= 0)
        {
            return interfaceIdsByPoint[pointId];
        }
        final CaptureInterface captureInterface = registry.get(pointId);
        final String name = captureInterface.interfaceName();
        Integer interfaceId = interfaceIdsByName.get(name);
        if (null == interfaceId)
        {
            interfaceId = interfaceIdsByName.size();
            interfaceIdsByName.put(name, interfaceId);
            final byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
            final int length = PcapngInterfaceDescriptionBlock.length(nameBytes);
            final ByteBuffer stage = file.reserve(length);
            PcapngInterfaceDescriptionBlock.write(stage, file.stagedBytes(), snapLength, nameBytes,
                captureInterface.mac());
            file.commit(length);
        }
        if (pointId >= interfaceIdsByPoint.length)
        {
            final int oldLength = interfaceIdsByPoint.length;
            interfaceIdsByPoint = Arrays.copyOf(interfaceIdsByPoint, Math.max(pointId + 1, 2 * oldLength));
            Arrays.fill(interfaceIdsByPoint, oldLength, interfaceIdsByPoint.length, -1);
        }
        interfaceIdsByPoint[pointId] = interfaceId;
        return interfaceId;
    }

    @Override
    public void flush() throws CaptureException
    {
        file.flush();
    }

    @Override
    public void close() throws CaptureException
    {
        file.close();
    }

    @Override
    public void abort()
    {
        file.closeQuietly();
    }
}
