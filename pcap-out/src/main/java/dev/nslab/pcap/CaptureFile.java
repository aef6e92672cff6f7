package dev.nslab.pcap;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One capture file being written: whole records are staged in a direct buffer and written to the channel in
 * large writes. Only whole records ever reach the file: if a write fails half-way, the file is cut back to the
 * end of the last whole record. Writer thread only.
 */
final class CaptureFile
{
    /** Write out once this much is staged: at most 64 KiB can be lost to {@code kill -9}. */
    static final int FLUSH_THRESHOLD = 64 * 1024;
    private static final int INITIAL_STAGE_BYTES = 2 * FLUSH_THRESHOLD;

    private final Path path;
    private final FileChannel channel;
    private ByteBuffer stage;
    /** Where each staged record ends, so a write that fails half-way keeps the whole records it wrote. */
    private int[] recordEnds = new int[1024];
    private int recordCount;
    /** File size up to the end of the last whole record written. */
    private long committedSize;

    private CaptureFile(final Path path, final FileChannel channel)
    {
        this.path = path;
        this.channel = channel;
        this.stage = newStage(INITIAL_STAGE_BYTES);
    }

    /**
     * @param path    where the file lives, for messages.
     * @param channel the file, open for writing at its start (see {@link OutputFiles}).
     * @return the file, ready for records.
     */
    static CaptureFile open(final Path path, final FileChannel channel)
    {
        return new CaptureFile(path, channel);
    }

    /**
     * Creates a new file where nothing is: see {@link OutputFiles#createNew(Path)}.
     *
     * @throws CaptureException when something is there already or the file cannot be created.
     */
    static CaptureFile createNew(final Path path) throws CaptureException
    {
        try
        {
            return new CaptureFile(path, OutputFiles.createNew(path));
        }
        catch (final IOException ex)
        {
            throw CaptureException.cannotWrite(path, ex);
        }
    }

    /**
     * @return where the file lives.
     */
    Path path()
    {
        return path;
    }

    /**
     * Makes room for one record of {@code length} bytes, writing out what is staged if needed.
     *
     * @return the little-endian stage buffer; write the record at {@link #stagedBytes()}, then call {@link #commit}.
     */
    ByteBuffer reserve(final int length) throws CaptureException
    {
        if (stage.position() + length > stage.capacity())
        {
            flush();
            if (length > stage.capacity())
            {
                // Only frames bigger than 128 KiB get here; the writer thread may allocate.
                stage = newStage(Integer.highestOneBit(length - 1) << 1);
            }
        }
        return stage;
    }

    /**
     * @return bytes staged, i.e. where the next record starts in the stage buffer.
     */
    int stagedBytes()
    {
        return stage.position();
    }

    /**
     * Ends a record of {@code length} bytes written at {@link #stagedBytes()}.
     */
    void commit(final int length) throws CaptureException
    {
        stage.position(stage.position() + length);
        if (recordCount == recordEnds.length)
        {
            recordEnds = Arrays.copyOf(recordEnds, 2 * recordCount);
        }
        recordEnds[recordCount++] = stage.position();
        if (stage.position() >= FLUSH_THRESHOLD)
        {
            flush();
        }
    }

    /**
     * Stages one whole record given as bytes (a record copied from another file).
     */
    void append(final byte[] record, final int offset, final int length) throws CaptureException
    {
        final ByteBuffer buffer = reserve(length);
        buffer.put(stagedBytes(), record, offset, length);
        commit(length);
    }

    /**
     * Writes out the staged records. On failure cuts the file back to its last whole record.
     */
    void flush() throws CaptureException
    {
        if (0 == stage.position())
        {
            return;
        }
        stage.flip();
        try
        {
            while (stage.hasRemaining())
            {
                channel.write(stage);
            }
            committedSize += stage.limit();
            stage.clear();
            recordCount = 0;
        }
        catch (final IOException ex)
        {
            // A short write before the error (a disk filling up) put some records in the file: keep the whole ones.
            committedSize += lastRecordEndWithin(stage.position());
            stage.clear();
            recordCount = 0;
            cutBackToCommitted();
            throw CaptureException.cannotWrite(path, ex);
        }
    }

    /**
     * Writes out what is staged and closes the file.
     */
    void close() throws CaptureException
    {
        try
        {
            flush();
        }
        finally
        {
            closeQuietly();
        }
    }

    /**
     * Closes without writing what is staged (after a failure: the file keeps its whole records).
     */
    void closeQuietly()
    {
        try
        {
            channel.close();
        }
        catch (final IOException ignored)
        {
            // Nothing more to save: the bytes that reached the file are whole records.
        }
    }

    private int lastRecordEndWithin(final int writtenBytes)
    {
        for (int i = recordCount - 1; i >= 0; i--)
        {
            if (recordEnds[i] <= writtenBytes)
            {
                return recordEnds[i];
            }
        }
        return 0;
    }

    private void cutBackToCommitted()
    {
        try
        {
            channel.truncate(committedSize);
            channel.position(committedSize);
        }
        catch (final IOException ignored)
        {
            // Truncating frees space, so it normally works; if not, a reader stops at the partial record.
        }
    }

    private static ByteBuffer newStage(final int bytes)
    {
        return ByteBuffer.allocateDirect(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }
}
