package dev.nslab.pcap;

import java.util.Arrays;

/**
 * One frame read back from a capture file by {@link CaptureFileReader}.
 *
 * @param interfaceName pcapng if_name, or null for classic pcap.
 * @param timestampNs   nanoseconds since 1970.
 * @param direction     pcapng epb_flags direction (1 in, 2 out), 0 when absent.
 */
record CapturedFrame(String interfaceName, long timestampNs, int direction, byte[] data, int originalLength)
{
    @Override
    public boolean equals(final Object other)
    {
        return other instanceof CapturedFrame frame
            && java.util.Objects.equals(interfaceName, frame.interfaceName)
            && timestampNs == frame.timestampNs
            && direction == frame.direction
            && Arrays.equals(data, frame.data)
            && originalLength == frame.originalLength;
    }

    @Override
    public int hashCode()
    {
        return Arrays.hashCode(data);
    }

    @Override
    public String toString()
    {
        return interfaceName + "@" + timestampNs + " dir " + direction + " " + data.length + "/" + originalLength;
    }
}
