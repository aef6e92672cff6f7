package dev.nslab.pcap;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A strict test reader for the files our sinks write (little-endian only): reads whole records and stops at the
 * first incomplete one, reporting how many bytes trail. Independent of the writer's code.
 */
final class CaptureFileReader
{
    /**
     * @param frames        the whole records.
     * @param trailingBytes bytes after the last whole record (a record cut short).
     * @param interfaces    pcapng if_names in IDB order (empty for pcap).
     */
    record Contents(List<CapturedFrame> frames, int trailingBytes, List<String> interfaces)
    {
    }

    private CaptureFileReader()
    {
    }

    static Contents read(final Path file) throws IOException
    {
        final ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.remaining() >= 4 && bytes.getInt(0) == 0x0A0D0D0A)
        {
            return readPcapng(bytes);
        }
        return readPcap(bytes);
    }

    private static Contents readPcap(final ByteBuffer bytes)
    {
        if (bytes.remaining() < 24)
        {
            return new Contents(List.of(), bytes.remaining(), List.of());
        }
        check(bytes.getInt(0) == 0xA1B23C4D, "nanosecond magic");
        check(bytes.getShort(4) == 2 && bytes.getShort(6) == 4, "version 2.4");
        check(bytes.getInt(20) == 1, "linktype Ethernet");
        final int snapLength = bytes.getInt(16);
        final List<CapturedFrame> frames = new ArrayList<>();
        int position = 24;
        while (bytes.limit() - position >= 16)
        {
            final long seconds = bytes.getInt(position) & 0xFFFF_FFFFL;
            final int nanos = bytes.getInt(position + 4);
            final int captured = bytes.getInt(position + 8);
            final int original = bytes.getInt(position + 12);
            check(nanos >= 0 && nanos < 1_000_000_000, "nanoseconds below 1e9");
            check(captured <= snapLength && captured <= original, "incl_len <= snaplen, orig_len");
            if (bytes.limit() - position - 16 < captured)
            {
                break;
            }
            final byte[] data = new byte[captured];
            bytes.get(position + 16, data);
            frames.add(new CapturedFrame(null, seconds * 1_000_000_000L + nanos, 0, data, original));
            position += 16 + captured;
        }
        return new Contents(frames, bytes.limit() - position, List.of());
    }

    private static Contents readPcapng(final ByteBuffer bytes)
    {
        final List<CapturedFrame> frames = new ArrayList<>();
        final List<String> interfaces = new ArrayList<>();
        int position = 0;
        while (bytes.limit() - position >= 12)
        {
            final int type = bytes.getInt(position);
            final int length = bytes.getInt(position + 4);
            check(length % 4 == 0 && length >= 12, "block length multiple of 4");
            if (bytes.limit() - position < length)
            {
                break;
            }
            check(bytes.getInt(position + length - 4) == length, "trailing block length");
            if (type == 0x0A0D0D0A)
            {
                check(bytes.getInt(position + 8) == 0x1A2B3C4D, "byte-order magic");
            }
            else if (type == 1)
            {
                interfaces.add(readInterfaceName(bytes, position, length));
            }
            else if (type == 6)
            {
                frames.add(readEnhancedPacket(bytes, position, length, interfaces));
            }
            position += length;
        }
        return new Contents(frames, bytes.limit() - position, interfaces);
    }

    private static String readInterfaceName(final ByteBuffer bytes, final int block, final int length)
    {
        String name = null;
        boolean nanoseconds = false;
        int option = block + 16;
        while (option < block + length - 4)
        {
            final int code = bytes.getShort(option) & 0xFFFF;
            final int valueLength = bytes.getShort(option + 2) & 0xFFFF;
            if (code == 0)
            {
                break;
            }
            if (code == 2)
            {
                final byte[] value = new byte[valueLength];
                bytes.get(option + 4, value);
                name = new String(value, StandardCharsets.UTF_8);
            }
            if (code == 9)
            {
                nanoseconds = bytes.get(option + 4) == 9;
            }
            option += 4 + ((valueLength + 3) & ~3);
        }
        check(nanoseconds, "if_tsresol 9");
        return name;
    }

    private static CapturedFrame readEnhancedPacket(
        final ByteBuffer bytes, final int block, final int length, final List<String> interfaces)
    {
        final int interfaceId = bytes.getInt(block + 8);
        check(interfaceId < interfaces.size(), "interface described before its packets");
        final long timestamp = ((long)bytes.getInt(block + 12) << 32) | (bytes.getInt(block + 16) & 0xFFFF_FFFFL);
        final int captured = bytes.getInt(block + 20);
        final int original = bytes.getInt(block + 24);
        final byte[] data = new byte[captured];
        bytes.get(block + 28, data);
        int direction = 0;
        int option = block + 28 + ((captured + 3) & ~3);
        while (option < block + length - 4)
        {
            final int code = bytes.getShort(option) & 0xFFFF;
            final int valueLength = bytes.getShort(option + 2) & 0xFFFF;
            if (code == 0)
            {
                break;
            }
            if (code == 2)
            {
                direction = bytes.getInt(option + 4) & 0b11;
            }
            option += 4 + ((valueLength + 3) & ~3);
        }
        return new CapturedFrame(interfaces.get(interfaceId), timestamp, direction, data, original);
    }

    private static void check(final boolean condition, final String what)
    {
        if (!condition)
        {
            throw new IllegalStateException("malformed capture: expected " + what);
        }
    }
}
