package dev.nslab.cli.emulation;

import dev.nslab.core.wire.Ipv4View;
import dev.nslab.stack.ipv4.Prefix;

/** Address text as iproute2 and iputils read and write it. */
final class Inet
{
    /**
     * An IPv4 prefix or address as iproute2's get_prefix_1() / get_addr_1() leave their inet_prefix.
     *
     * @param address     the address (0 for {@code default}, {@code any}, {@code all}).
     * @param length      the prefix length (bitlen): 32 for a bare address, 0 for the keywords.
     * @param lengthGiven PREFIXLEN_SPECIFIED: a {@code /N} was written, or {@code default}.
     * @param inet        the family is AF_INET; false for the keywords read without a family (AF_UNSPEC).
     * @param empty       bytelen 0: {@code any} and {@code all}, and {@code default} without a family, which put
     *                    an attribute of no bytes into a request.
     */
    record Prefix(int address, int length, boolean lengthGiven, boolean inet, boolean empty)
    {
        Prefix(final int address, final int length, final boolean lengthGiven)
        {
            this(address, length, lengthGiven, true, false);
        }
    }

    private Inet()
    {
    }

    static String format(final int address)
    {
        return Ipv4View.format(address);
    }

    /**
     * get_addr_ipv4: 1 to 4 dot-separated parts, each C's strtoul in base 0 (leading white space and a sign
     * allowed, {@code 0x} hex, a leading {@code 0} octal) up to 255, missing bytes zero ({@code 1.2.3} is 1.2.3.0);
     * or null.
     */
    static Integer parseIproute(final String text)
    {
        int address = 0;
        int position = 0;
        for (int part = 0; part < 4; part++)
        {
            final long[] parsed = cStrtoul(text, position);
            if (Long.compareUnsigned(parsed[0], 255) > 0 || parsed[1] == position)
            {
                return null;
            }
            address |= (int) parsed[0] << (24 - 8 * part);
            position = (int) parsed[1];
            if (position == text.length())
            {
                return address;
            }
            if (part == 3 || text.charAt(position) != '.')
            {
                return null;
            }
            position++;
        }
        return null;
    }

    /**
     * get_addr_1: {@code default} (the family's zero address), {@code any} and {@code all} (no bytes), or an IPv4
     * address; null otherwise, IPv6 included (nslab's gate keeps IPv6 addresses out, but for {@code -4}, where
     * iproute2 refuses them the same way).
     */
    static Prefix readAddress(final String text, final boolean inetFamily)
    {
        if (text.equals("default"))
        {
            return new Prefix(0, -2, true, inetFamily, !inetFamily);
        }
        if (text.equals("any") || text.equals("all"))
        {
            return new Prefix(0, -2, false, inetFamily, true);
        }
        if (text.indexOf(':') >= 0)
        {
            return null;
        }
        final Integer address = parseIproute(text);
        return address == null ? null : new Prefix(address, -1, false);
    }

    /** get_prefix_1: an address, with {@code /N} or {@code /MASK}; a bare address is /32, a keyword /0; or null. */
    static Prefix readPrefix(final String text, final boolean inetFamily)
    {
        final int slash = text.indexOf('/');
        final Prefix address = readAddress(slash < 0 ? text : text.substring(0, slash), inetFamily);
        if (address == null)
        {
            return null;
        }
        if (slash < 0)
        {
            final int length = address.length() == -2 ? 0 : 32;
            return new Prefix(address.address(), length, address.lengthGiven(), address.inet(), address.empty());
        }
        if (address.length() == -2)
        {
            return null;
        }
        final Integer length = netmask(text.substring(slash + 1));
        if (length == null || length > 32)
        {
            return null;
        }
        return new Prefix(address.address(), length, true, address.inet(), address.empty());
    }

    /** get_netmask: an unsigned number (get_unsigned, base 0), else a contiguous dotted mask; or null. */
    private static Integer netmask(final String text)
    {
        if (!text.isEmpty())
        {
            final long[] parsed = cStrtoul(text, 0);
            if (parsed[1] != 0 && parsed[1] == text.length() && parsed[2] == 0
                && Long.compareUnsigned(parsed[0], 0xFFFF_FFFFL) <= 0)
            {
                return (int) Math.min(parsed[0], Integer.MAX_VALUE);
            }
        }
        final Prefix mask = readAddress(text, true);
        if (mask == null)
        {
            return null;
        }
        final int host = ~mask.address();
        if ((host & (host + 1)) != 0)
        {
            return null;
        }
        return Integer.bitCount(mask.address());
    }

    /**
     * get_prefix(): exits 1 with iproute2's message, "any valid" prefix without a family (neither {@code -4} nor an
     * address read before on the line), "inet" with one.
     */
    static Prefix parsePrefix(final String text, final boolean inetFamily, final Output out)
    {
        final Prefix prefix = readPrefix(text, inetFamily);
        if (prefix == null)
        {
            throw out.fail("Error: " + familyName(inetFamily) + " prefix is expected rather than \"" + text + "\".", 1);
        }
        return prefix;
    }

    /** get_addr(): an address or keyword (see {@link #readAddress}), or exit 1 with iproute2's message. */
    static Prefix parseAddressOrKeyword(final String text, final boolean inetFamily, final Output out)
    {
        final Prefix address = readAddress(text, inetFamily);
        if (address == null)
        {
            throw out.fail("Error: " + familyName(inetFamily) + " address is expected rather than \"" + text + "\".",
                1);
        }
        return address;
    }

    /** get_addr() for an address that must be one: the keywords are refused with the same message. */
    static int parseAddress(final String text, final boolean inetFamily, final Output out)
    {
        final Integer address = text.indexOf('/') < 0 ? parseIproute(text) : null;
        if (address == null)
        {
            throw out.fail("Error: " + familyName(inetFamily) + " address is expected rather than \"" + text + "\".",
                1);
        }
        return address;
    }

    /** family_name_verbose. */
    private static String familyName(final boolean inetFamily)
    {
        return inetFamily ? "inet" : "any valid";
    }

    /**
     * C's strtoul in base 0 from {@code start}, as glibc has it: white space skipped, an optional sign (a minus
     * negates, modulo 2^64), {@code 0x} followed by a hex digit for hex, a leading {@code 0} for octal, else decimal.
     *
     * @return {value as an unsigned 64-bit number, end position (start when no digit was read), 1 if it overflowed}.
     */
    static long[] cStrtoul(final String text, final int start)
    {
        int position = start;
        while (position < text.length() && isCSpace(text.charAt(position)))
        {
            position++;
        }
        boolean negative = false;
        if (position < text.length() && (text.charAt(position) == '+' || text.charAt(position) == '-'))
        {
            negative = text.charAt(position) == '-';
            position++;
        }
        int base = 10;
        if (position < text.length() && text.charAt(position) == '0')
        {
            if (position + 2 < text.length() && (text.charAt(position + 1) == 'x' || text.charAt(position + 1) == 'X')
                && isHexDigit(text.charAt(position + 2)))
            {
                base = 16;
                position += 2;
            }
            else
            {
                base = 8;
            }
        }
        final int digitsStart = position;
        long value = 0;
        boolean overflow = false;
        while (position < text.length())
        {
            final char c = text.charAt(position);
            final int digit = c < 128 ? Character.digit(c, base) : -1;
            if (digit < 0)
            {
                break;
            }
            if (!overflow)
            {
                final long high = Math.multiplyHigh(value, base) + ((value >> 63) & base);
                final long product = value * base;
                final long sum = product + digit;
                if (high != 0 || Long.compareUnsigned(sum, product) < 0)
                {
                    overflow = true;
                }
                value = sum;
            }
            position++;
        }
        if (position == digitsStart)
        {
            return new long[] {0, start, 0};
        }
        if (overflow)
        {
            return new long[] {-1L, position, 1};
        }
        return new long[] {negative ? -value : value, position, 0};
    }

    private static boolean isCSpace(final char c)
    {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static boolean isHexDigit(final char c)
    {
        return c < 128 && Character.digit(c, 16) >= 0;
    }

    /** inet_aton as iputils uses it: 1 to 4 parts (a, a.b, a.b.c, a.b.c.d), each decimal, octal or hex; or null. */
    static Integer parseAton(final String text)
    {
        final long[] parts = new long[4];
        int count = 0;
        int position = 0;
        while (true)
        {
            if (count == 4 || position >= text.length() || !Character.isDigit(text.charAt(position)))
            {
                return null;
            }
            final long[] parsed = strtoul(text, position);
            if (parsed == null || parsed[0] > 0xFFFF_FFFFL)
            {
                return null;
            }
            parts[count++] = parsed[0];
            position = (int) parsed[1];
            if (position == text.length())
            {
                break;
            }
            if (text.charAt(position) != '.')
            {
                return null;
            }
            position++;
        }
        long value;
        switch (count)
        {
            case 1 -> value = parts[0];
            case 2 -> value = parts[0] > 0xFF || parts[1] > 0xFF_FFFF ? -1 : parts[0] << 24 | parts[1];
            case 3 -> value = parts[0] > 0xFF || parts[1] > 0xFF || parts[2] > 0xFFFF ? -1
                : parts[0] << 24 | parts[1] << 16 | parts[2];
            default -> value = parts[0] > 0xFF || parts[1] > 0xFF || parts[2] > 0xFF || parts[3] > 0xFF ? -1
                : parts[0] << 24 | parts[1] << 16 | parts[2] << 8 | parts[3];
        }
        return value < 0 ? null : (int) value;
    }

    /** A MAC address as {@code ll_addr_n2a} prints it: lower-case hex pairs. */
    static String formatMac(final long mac)
    {
        final StringBuilder text = new StringBuilder(17);
        for (int shift = 40; shift >= 0; shift -= 8)
        {
            if (text.length() > 0)
            {
                text.append(':');
            }
            final int octet = (int) (mac >>> shift) & 0xFF;
            text.append(Character.forDigit(octet >> 4, 16)).append(Character.forDigit(octet & 0xF, 16));
        }
        return text.toString();
    }

    /**
     * C's strtoul with base 0 from {@code start}: {@code 0x} hex, leading {@code 0} octal, else decimal.
     *
     * @return {value, end position}, or null when no digit was read.
     */
    static long[] strtoul(final String text, final int start)
    {
        int position = start;
        int base = 10;
        if (position < text.length() && text.charAt(position) == '0')
        {
            if (position + 2 < text.length() + 1 && position + 1 < text.length()
                && (text.charAt(position + 1) == 'x' || text.charAt(position + 1) == 'X')
                && position + 2 < text.length() && Character.digit(text.charAt(position + 2), 16) >= 0)
            {
                base = 16;
                position += 2;
            }
            else
            {
                base = 8;
            }
        }
        long value = 0;
        final int digitsStart = position;
        while (position < text.length())
        {
            final int digit = Character.digit(text.charAt(position), base);
            if (digit < 0 || text.charAt(position) > 'z')
            {
                break;
            }
            value = value * base + digit;
            if (value > 0xFFFF_FFFFL)
            {
                value = Long.MAX_VALUE / 2; // overflowed: larger than anything a caller accepts
            }
            position++;
        }
        if (position == digitsStart && base != 8)
        {
            return null;
        }
        return new long[] {value, position};
    }
}
