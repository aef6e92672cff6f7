package dev.nslab.pcap;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one classic pcap file per interface, {@code DIR/NS-DEV.pcap}, created at the interface's first frame.
 * Writer thread only.
 */
final class PcapDirectoryWriter implements CaptureFileWriter
{
    private final Path directory;
    private final PointRegistry registry;
    private final int snapLength;
    private final Map<String, CaptureFile> filesByName = new HashMap<>();
    private final List<CaptureFile> files = new ArrayList<>();
    private CaptureFile[] filesByPoint = new CaptureFile[16];

    PcapDirectoryWriter(final Path directory, final PointRegistry registry, final int snapLength)
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
        // Keyed by file name: a device opened twice (deleted and re-created), or two names that map to one file
        // name ("a-b"/"c" and "a"/"b-c"), append to the same file rather than truncate it.
        final String fileName = captureInterface.pcapFileName();
        CaptureFile file = filesByName.get(fileName);
        if (null == file)
        {
            file = CaptureFile.create(directory.resolve(fileName));
            files.add(file);
            filesByName.put(fileName, file);
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
    }
}
