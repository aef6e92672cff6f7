package dev.nslab.pcap;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * Merges classic pcap files (one per interface, as tcpdump writes them on the kernel backend) into one pcapng,
 * the kernel's counterpart of {@link PcapngFileSink}: a section header, one interface block per input named
 * {@code NS/DEV} with nanosecond resolution, and every packet in timestamp order (ties keep the inputs' order).
 * A classic pcap records neither direction nor MAC address, so the packet blocks carry no {@code epb_flags}
 * (direction unknown) and the interface blocks no {@code if_MACaddr}: nothing is guessed.
 *
 * <p>An input cut short contributes its whole records. Inputs are streamed, so memory does not grow with them.
 */
public final class PcapMerger
{
    /**
     * One input file and the interface it captured.
     *
     * @param interfaceName {@code NS/DEV}, written as the pcapng if_name.
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

        /**
         * @param file a pcap named {@code NS-DEV.pcap}.
         * @return the input named by {@link CaptureFiles#interfaceNameOf(Path)}.
         */
        public static Input fromFileName(final Path file)
        {
            return new Input(CaptureFiles.interfaceNameOf(file), file);
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
     * @param output the pcapng file, created or truncated.
     * @return packets written.
     * @throws CaptureException when an input cannot be read or is not a pcap, or the output cannot be written;
     *     the message is one line for the user.
     */
    public static long merge(final List<Input> inputs, final Path output) throws CaptureException
    {
        final List<PcapFileReader> readers = new ArrayList<>();
        try
        {
            for (final Input input : inputs)
            {
                readers.add(PcapFileReader.open(input.file(), input.interfaceName()));
            }
            return write(inputs, readers, output);
        }
        finally
        {
            readers.forEach(PcapFileReader::close);
        }
    }

    private static long write(final List<Input> inputs, final List<PcapFileReader> readers, final Path output)
        throws CaptureException
    {
        final CaptureFile file = CaptureFile.create(output);
        try
        {
            writeSectionHeader(file);
            final Map<String, Integer> interfaceIds = new LinkedHashMap<>();
            final PriorityQueue<Head> heads = new PriorityQueue<>((a, b) ->
            {
                final int byTime = Long.compare(a.packet().timestampNanos(), b.packet().timestampNanos());
                return byTime != 0 ? byTime : Integer.compare(a.inputIndex(), b.inputIndex());
            });
            for (int i = 0; i < inputs.size(); i++)
            {
                final PcapFileReader reader = readers.get(i);
                // Two inputs of one interface (captured again after a move) share its block, if the link types agree.
                final String key = inputs.get(i).interfaceName() + "\0" + reader.linkType();
                Integer interfaceId = interfaceIds.get(key);
                if (null == interfaceId)
                {
                    interfaceId = interfaceIds.size();
                    interfaceIds.put(key, interfaceId);
                    writeInterface(file, inputs.get(i).interfaceName(), reader);
                }
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
                writePacket(file, head.interfaceId(), head.packet());
                written++;
                final CapturedPacket next = head.reader().next();
                if (null != next)
                {
                    heads.add(new Head(next, head.inputIndex(), head.interfaceId(), head.reader()));
                }
            }
            file.close();
            return written;
        }
        catch (final CaptureException ex)
        {
            file.closeQuietly();
            throw ex;
        }
    }

    private static void writeSectionHeader(final CaptureFile file) throws CaptureException
    {
        final byte[] userApplication = PcapngFileWriter.USER_APPLICATION.getBytes(StandardCharsets.UTF_8);
        final int length = PcapngSectionHeaderBlock.length(userApplication);
        final ByteBuffer stage = file.reserve(length);
        PcapngSectionHeaderBlock.write(stage, file.stagedBytes(), userApplication);
        file.commit(length);
    }

    private static void writeInterface(final CaptureFile file, final String name, final PcapFileReader reader)
        throws CaptureException
    {
        final byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        final int length = PcapngInterfaceDescriptionBlock.lengthWithoutMac(nameBytes);
        final ByteBuffer stage = file.reserve(length);
        PcapngInterfaceDescriptionBlock.writeWithoutMac(stage, file.stagedBytes(), reader.linkType(),
            reader.snapLength(), nameBytes);
        file.commit(length);
    }

    private static void writePacket(final CaptureFile file, final int interfaceId, final CapturedPacket packet)
        throws CaptureException
    {
        final byte[] frame = packet.frame();
        final int length = PcapngEnhancedPacketBlock.undirectedLength(frame.length);
        final ByteBuffer stage = file.reserve(length);
        PcapngEnhancedPacketBlock.writeUndirected(stage, file.stagedBytes(), interfaceId, packet.timestampNanos(),
            frame, 0, frame.length, packet.originalLength());
        file.commit(length);
    }
}
