package dev.nslab.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** pcap and pcapng files written field by field, broken ones included, for the {@code --inject} tests. */
final class CraftedCaptures
{
    /** A broadcast frame of an experimental ethertype (0x88B5): received, then dropped and counted. */
    static byte[] frame(final int length)
    {
        final ByteBuffer frame = ByteBuffer.allocate(Math.max(60, length));
        frame.putShort((short) 0xFFFF).putInt(0xFFFF_FFFF).putShort((short) 0x0200).putInt(1).putShort((short) 0x88B5);
        return frame.array();
    }

    private CraftedCaptures()
    {
    }

    /** A classic pcap, little-endian, being written record by record. */
    static final class Pcap implements AutoCloseable
    {
        private final OutputStream out;

        /** @param nanoseconds the 0xA1B23C4D magic, else microseconds (0xA1B2C3D4). */
        Pcap(final Path file, final boolean nanoseconds, final int snapLength) throws IOException
        {
            out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            out.write(ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(nanoseconds ? 0xA1B2_3C4D : 0xA1B2_C3D4).putShort((short) 2).putShort((short) 4).putInt(0)
                .putInt(0).putInt(snapLength).putInt(1).array());
        }

        Pcap record(final long seconds, final long fraction, final byte[] frame) throws IOException
        {
            return record(seconds, fraction, frame.length, frame);
        }

        /** A record whose captured length field says {@code capturedLength}, followed by {@code data}. */
        Pcap record(final long seconds, final long fraction, final int capturedLength, final byte[] data)
            throws IOException
        {
            out.write(ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putInt((int) seconds)
                .putInt((int) fraction).putInt(capturedLength).putInt(data.length).array());
            out.write(data);
            return this;
        }

        @Override
        public void close() throws IOException
        {
            out.close();
        }
    }

    /**
     * A pcapng of one section and one Ethernet interface.
     *
     * @param resolution   its if_tsresol.
     * @param offsetSeconds its if_tsoffset (none when 0).
     * @param timestamps   one enhanced packet block each, in the interface's units.
     */
    static void pcapng(final Path file, final int resolution, final long offsetSeconds, final long... timestamps)
        throws IOException
    {
        final ByteBuffer out = ByteBuffer.allocate(1024 + timestamps.length * 128).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(0x0A0D_0D0A).putInt(28).putInt(0x1A2B_3C4D).putShort((short) 1).putShort((short) 0).putLong(-1)
            .putInt(28);
        final int idbLength = 20 + 8 + (offsetSeconds == 0 ? 0 : 12) + 4;
        out.putInt(1).putInt(idbLength).putShort((short) 1).putShort((short) 0).putInt(262_144);
        out.putShort((short) 9).putShort((short) 1).put((byte) resolution).put(new byte[3]);
        if (offsetSeconds != 0)
        {
            out.putShort((short) 14).putShort((short) 8).putLong(offsetSeconds);
        }
        out.putInt(0).putInt(idbLength);
        final byte[] frame = frame(60);
        for (final long units : timestamps)
        {
            final int length = 28 + frame.length + 4;
            out.putInt(6).putInt(length).putInt(0).putInt((int) (units >>> 32)).putInt((int) units)
                .putInt(frame.length).putInt(frame.length).put(frame).putInt(length);
        }
        Files.write(file, Arrays.copyOf(out.array(), out.position()));
    }
}
