package dev.nslab.core.wire;

import java.util.Arrays;

/**
 * Cuts an IPv4 packet into fragments (RFC 791 3.2; ip_do_fragment's slow path): pieces of (MTU - header length)
 * rounded down to 8 bytes, the last one the rest, each behind a copy of the header with its own length, offset and
 * MF bit, and its checksum. Options without the copied flag stay in the first piece only: in the others they are
 * NOOPs, as ip_options_fragment leaves them, so every piece has the original header's length. A fragment cut again
 * (a bridge refragmenting) keeps its offset and its MF bit on its last piece.
 */
public final class Ipv4Fragmenter
{
    private static final int OPTION_END = 0;
    private static final int OPTION_NOOP = 1;
    private static final int OPTION_COPIED = 0x80;

    private Ipv4Fragmenter()
    {
    }

    /** @return the payload bytes of every piece but the last at {@code mtu}, or 0 or less when nothing fits. */
    public static int pieceSize(final int mtu, final int headerLength)
    {
        return (mtu - headerLength) & ~7;
    }

    /**
     * Writes one piece: the header of {@code packet} (at {@code offset}) and {@code length} bytes of its payload
     * from payload byte {@code done}.
     *
     * @return the piece's length (header and payload), written at {@code out[outOffset]}.
     */
    public static int writePiece(final byte[] packet, final int offset, final int done, final int length,
        final byte[] out, final int outOffset)
    {
        final int headerLength = (packet[offset] & 0x0F) * 4;
        final int payloadLength = Bytes.u16(packet, offset + Ipv4View.TOTAL_LENGTH_OFFSET) - headerLength;
        final int originalFlags = Bytes.u16(packet, offset + Ipv4View.FLAGS_FRAGMENT_OFFSET);
        final boolean originalMore = (originalFlags & Ipv4View.FLAG_MORE_FRAGMENTS) != 0;
        final boolean last = done + length >= payloadLength;
        System.arraycopy(packet, offset, out, outOffset, headerLength);
        System.arraycopy(packet, offset + headerLength + done, out, outOffset + headerLength, length);
        if (done > 0)
        {
            dropUncopiedOptions(out, outOffset, headerLength);
        }
        // ip_frag_next writes no DF: only a tunnel's IPSKB_FRAG_PMTU asks for it.
        final int flags = ((originalFlags & Ipv4View.FRAGMENT_OFFSET_MASK) + done / 8)
            | (last && !originalMore ? 0 : Ipv4View.FLAG_MORE_FRAGMENTS);
        Bytes.u16(out, outOffset + Ipv4View.TOTAL_LENGTH_OFFSET, headerLength + length);
        Bytes.u16(out, outOffset + Ipv4View.FLAGS_FRAGMENT_OFFSET, flags);
        Bytes.u16(out, outOffset + Ipv4View.CHECKSUM_OFFSET, 0);
        Bytes.u16(out, outOffset + Ipv4View.CHECKSUM_OFFSET, Checksum.compute(out, outOffset, headerLength));
        return headerLength + length;
    }

    /** ip_options_fragment: every option that is not to be copied into each fragment becomes NOOPs. */
    private static void dropUncopiedOptions(final byte[] header, final int offset, final int headerLength)
    {
        int at = offset + Ipv4View.MIN_HEADER_LENGTH;
        final int end = offset + headerLength;
        while (at < end)
        {
            final int type = header[at] & 0xFF;
            if (type == OPTION_END)
            {
                return;
            }
            if (type == OPTION_NOOP)
            {
                at++;
                continue;
            }
            final int length = at + 1 < end ? header[at + 1] & 0xFF : 0;
            if (length < 2 || at + length > end)
            {
                return;
            }
            if ((type & OPTION_COPIED) == 0)
            {
                Arrays.fill(header, at, at + length, (byte) OPTION_NOOP);
            }
            at += length;
        }
    }
}
