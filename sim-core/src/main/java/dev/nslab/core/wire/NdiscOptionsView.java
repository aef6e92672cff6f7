package dev.nslab.core.wire;

/**
 * The options that follow a neighbour discovery message (RFC 4861 4.6, RFC 7527's nonce), read once as
 * ndisc_parse_options reads them: each option is a type, a length in units of 8 bytes (never 0) and its body, all
 * within the message; the first of a kind counts, a duplicate is ignored.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     Type      |    Length     |    Link-Layer Address ...     |  (1 source, 2 target)
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     Type=14   |   Length=1    |            Nonce ...          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public final class NdiscOptionsView
{
    public static final int TYPE_SOURCE_LINK_ADDRESS = 1;
    public static final int TYPE_TARGET_LINK_ADDRESS = 2;
    public static final int TYPE_NONCE = 14;
    /** An Ethernet link-layer address option: 2 bytes of type and length, 6 of address (ndisc_opt_addr_space). */
    public static final int LINK_ADDRESS_OPTION_LENGTH = 8;

    private int linkAddressType;
    private boolean hasLinkAddress;
    private boolean linkAddressLengthWrong;
    private long linkAddress;
    private long nonce;

    /**
     * Reads the options in {@code [from, end)}.
     *
     * @param linkAddressType the link-layer address option the message may carry (1 for solicitations, 2 for
     *                        advertisements): only that one is kept.
     * @return false when the options are malformed (a zero length, or one past the end): the message is dropped.
     */
    public boolean read(final byte[] buffer, final int from, final int end, final int linkAddressType)
    {
        this.linkAddressType = linkAddressType;
        hasLinkAddress = false;
        linkAddressLengthWrong = false;
        linkAddress = 0;
        nonce = 0;
        boolean sawNonce = false;
        int at = from;
        while (at < end)
        {
            if (at + 2 > end)
            {
                return false;
            }
            final int length = Bytes.u8(buffer, at + 1) * 8;
            if (length == 0 || at + length > end)
            {
                return false;
            }
            final int type = Bytes.u8(buffer, at);
            if (type == linkAddressType && !hasLinkAddress && !linkAddressLengthWrong)
            {
                if (length == LINK_ADDRESS_OPTION_LENGTH)
                {
                    hasLinkAddress = true;
                    linkAddress = Bytes.mac(buffer, at + 2);
                }
                else
                {
                    linkAddressLengthWrong = true;
                }
            }
            else if (type == TYPE_NONCE && !sawNonce && length == 8)
            {
                sawNonce = true;
                nonce = (long) Bytes.u16(buffer, at + 2) << 32 | Bytes.i32(buffer, at + 4) & 0xFFFF_FFFFL;
            }
            at += length;
        }
        return true;
    }

    /** @return the kind of link-layer address option the last {@link #read} looked for. */
    public int linkAddressType()
    {
        return linkAddressType;
    }

    /** @return whether the option was there with an Ethernet address's length. */
    public boolean hasLinkAddress()
    {
        return hasLinkAddress;
    }

    /**
     * @return whether the option was there with another length (ndisc_opt_addr_data gives no address: "invalid
     *         link-layer address length", the message is dropped).
     */
    public boolean linkAddressLengthWrong()
    {
        return linkAddressLengthWrong;
    }

    /** @return the link-layer address, valid when {@link #hasLinkAddress()}. */
    public long linkAddress()
    {
        return linkAddress;
    }

    /** @return the 48-bit nonce, or 0 when there was none. */
    public long nonce()
    {
        return nonce;
    }
}
