package dev.nslab.pcap;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one classic pcap file per interface into a {@link CaptureDirectory}, created at the interface's first
 * frame. Writer thread only.
 */
final class PcapDirectoryWriter implements CaptureFileWriter
{
    private final CaptureDirectory directory;
    private final PointRegistry registry;
    private final int snapLength;
    private final Map<String, CaptureFile> filesByName = new HashMap<>();
    private final List<CaptureFile> files = new ArrayList<>();
    private CaptureFile[] filesByPoint = new CaptureFile[16];

    PcapDirectoryWriter(final CaptureDirectory directory, final PointRegistry registry, final int snapLength)
    {
        this.directory = directory;
        this.registry = registry;
        this.snapLength = snapLength;
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
        final CaptureFile file = fileOf(pointId);
        final int length = PcapRecord.length(capturedLength);
        final ByteBuffer stage = file.reserve(length);
        PcapRecord.write(stage, file.stagedBytes(), timestampNs, buffer, offset, capturedLength, originalLength);
        file.commit(length);
    }

    private CaptureFile fileOf(final int pointId) throws CaptureException
    {
        if (pointId < filesByPoint.length && null != filesByPoint[pointId])
        {
            return filesByPoint[pointId];
        }
        final CaptureInterface captureInterface = registry.get(pointId);
        // Keyed by interface name: a device opened twice (deleted and re-created, or moved away and back) appends
        // to its file. Distinct interfaces never share a name, so never a file.
        final String name = captureInterface.interfaceName();
        CaptureFile file = filesByName.get(name);
        if (null == file)
        {
            file = directory.createPcap(captureInterface);
            files.add(file);
            filesByName.put(name, file);
            final ByteBuffer stage = file.reserve(PcapGlobalHeader.LENGTH);
            PcapGlobalHeader.write(stage, file.stagedBytes(), snapLength);
            file.commit(PcapGlobalHeader.LENGTH);
        }
        if (pointId >= filesByPoint.length)
        {
            filesByPoint = Arrays.copyOf(filesByPoint, Math.max(pointId + 1, 2 * filesByPoint.length));
        }
        filesByPoint[pointId] = file;
        return file;
    }

    @Override
    public void flush() throws CaptureException
    {
        for (final CaptureFile file : files)
        {
            file.flush();
        }
    }

    @Override
    public void close() throws CaptureException
    {
        CaptureException first = null;
        for (final CaptureFile file : files)
        {
            try
            {
                file.close();
            }
            catch (final CaptureException ex)
            {
                first = null == first ? ex : first;
            }
        }
        directory.close();
        if (null != first)
        {
            throw first;
        }
    }

    @Override
    public void abort()
    {
        for (final CaptureFile file : files)
        {
            file.closeQuietly();
        }
        directory.close();
    }
}
