package dev.nslab.pcap;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * Merges classic pcap files (one per capture, as tcpdump writes them on the kernel backend) into one pcapng,
 * the kernel's counterpart of {@link PcapngFileSink}: a section header, one interface block per input named
 * {@code DEV} or {@code NS/DEV} (see {@link CaptureInterface}) with nanosecond resolution, and every packet in
 * timestamp order (ties keep the inputs' order). A classic pcap records neither direction nor MAC address, so the
 * packet blocks carry no {@code epb_flags} (direction unknown) and the interface blocks no {@code if_MACaddr}:
 * nothing is guessed.
 *
 * <p>An input cut short contributes its whole records. Inputs are streamed, so memory does not grow with them.
 * The output is written to a new file beside it and renamed over it: a reader sees the old file or the whole new
 * one, and a symbolic link at the output is refused, never followed (a device or FIFO is written into).
 */
public final class PcapMerger
{
    /**
     * One input file and the interface it captured.
     *
     * @param interfaceName {@code DEV} or {@code NS/DEV}, written as the pcapng if_name.
     * @param file          a classic pcap file.
     */
    public record Input(String interfaceName, Path file)
    {
        /**
         * Checks the fields.
         */
        public Input
        {
            Objects.requireNonNull(interfaceName, "interfaceName");
            Objects.requireNonNull(file, "file");
        }
    }

    /** The next packet of one input, queued by timestamp. */
    private record Head(CapturedPacket packet, int inputIndex, int interfaceId, PcapFileReader reader)
    {
    }

    private PcapMerger()
    {
    }

    /**
     * @param inputs the pcap files, in the order their interface blocks are written.
     * @param output the pcapng file, created or replaced.
     * @return packets written.
     * @throws CaptureException when an input cannot be read or is not a pcap, or the output cannot be written
     *     (then it is left as it was); the message is one line for the user.
     */
    public static long merge(final List<Input> inputs, final Path output) throws CaptureException
    {
        OutputFiles.requireReplaceable(output);
        final List<PcapFileReader> readers = new ArrayList<>();
        try
        {
            for (final Input input : inputs)
            {
                readers.add(PcapFileReader.open(input.file(), input.interfaceName()));
            }
            if (OutputFiles.isWrittenInPlace(output))
            {
                return write(inputs, readers, CaptureFile.open(output, openForWriting(output, output)));
            }
            return writeAndRename(inputs, readers, output);
        }
        finally
        {
            readers.forEach(PcapFileReader::close);
        }
    }

    private static long writeAndRename(final List<Input> inputs, final List<PcapFileReader> readers, final Path output)
        throws CaptureException
    {
        final Path temporary;
        try
        {
            temporary = OutputFiles.createTemporarySibling(output);
        }
        catch (final IOException ex)
        {
            throw CaptureException.cannotWrite(output, ex);
        }
        boolean renamed = false;
        try
        {
            // Messages name the output, not the temporary file the user never asked for.
            final long written = write(inputs, readers, CaptureFile.open(output, openForWriting(temporary, output)));
            OutputFiles.moveOver(temporary, output);
            renamed = true;
            return written;
        }
        catch (final IOException ex)
        {
            throw CaptureException.cannotWrite(output, ex);
        }
        finally
        {
            if (!renamed)
            {
                deleteQuietly(temporary);
            }
        }
    }

    private static long write(final List<Input> inputs, final List<PcapFileReader> readers, final CaptureFile file)
        throws CaptureException
    {
        final UndirectedPcapngWriter writer;
        try
        {
            writer = new UndirectedPcapngWriter(file);
        }
        catch (final CaptureException ex)
        {
            file.closeQuietly();
            throw ex;
        }
        try
        {
            final PriorityQueue<Head> heads = new PriorityQueue<>((a, b) ->
            {
                final int byTime = Long.compare(a.packet().timestampNanos(), b.packet().timestampNanos());
                return byTime != 0 ? byTime : Integer.compare(a.inputIndex(), b.inputIndex());
            });
            for (int i = 0; i < inputs.size(); i++)
            {
                final PcapFileReader reader = readers.get(i);
                // Two inputs of one interface (captured again after a move) share its block, if the link types agree.
                final int interfaceId = writer.interfaceId(inputs.get(i).interfaceName(), reader.linkType(),
                    reader.snapLength());
                final CapturedPacket first = reader.next();
                if (null != first)
                {
                    heads.add(new Head(first, i, interfaceId, reader));
                }
            }
            long written = 0;
            while (!heads.isEmpty())
            {
                final Head head = heads.poll();
                final byte[] frame = head.packet().frame();
                writer.packet(head.interfaceId(), head.packet().timestampNanos(), frame, 0, frame.length,
                    head.packet().originalLength());
                written++;
                final CapturedPacket next = head.reader().next();
                if (null != next)
                {
                    heads.add(new Head(next, head.inputIndex(), head.interfaceId(), head.reader()));
                }
            }
            writer.close();
            return written;
        }
        catch (final CaptureException ex)
        {
            writer.closeQuietly();
            throw ex;
        }
    }

    private static FileChannel openForWriting(final Path file, final Path named) throws CaptureException
    {
        try
        {
            return FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        }
        catch (final IOException ex)
        {
            throw CaptureException.cannotWrite(named, ex);
        }
    }

    private static void deleteQuietly(final Path file)
    {
        try
        {
            Files.deleteIfExists(file);
        }
        catch (final IOException ignored)
        {
            // A hidden leftover beside the output; the output itself is untouched.
        }
    }
}
