package dev.nslab.cli.emulation;

import dev.nslab.core.wire.Ipv4View;

/** Address text as iproute2 and iputils read and write it. */
final class Inet
{
    /** An IPv4 prefix as get_prefix() returns it; {@code lengthGiven} is false for a bare address. */
    record Prefix(int address, int length, boolean lengthGiven)
    {
    }

    private Inet()
    {
    }

    static String format(final int address)
    {
        return Ipv4View.format(address);
    }

    /** get_addr_ipv4: 1 to 4 dot-separated parts, each strtoul(base 0) up to 255, missing bytes zero; or null. */
    static Integer parseIproute(final String text)
    {
        int address = 0;
        int position = 0;
        for (int part = 0; part < 4; part++)
        {
            final long[] parsed = strtoul(text, position);
            if (parsed == null || parsed[0] > 255)
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
     * get_prefix(): {@code default}, {@code any} and {@code all} are 0/0; {@code A/N} with N up to 32; a bare address
     * is /32. Exits 1 with iproute2's message otherwise.
     */
    static Prefix parsePrefix(final String text, final boolean inetFamily, final Output out)
    {
        if (text.equals("default") || text.equals("any") || text.equals("all"))
        {
            return new Prefix(0, 0, true);
        }
        final int slash = text.indexOf('/');
        final Integer address = parseIproute(slash < 0 ? text : text.substring(0, slash));
        Integer length = 32;
        if (slash >= 0)
        {
            final long[] parsed = strtoul(text, slash + 1);
            length = parsed == null || parsed[1] != text.length() || parsed[0] > 32 ? null : (int) parsed[0];
        }
        if (address == null || length == null)
        {
            throw out.fail("Error: " + (inetFamily ? "inet" : "any valid") + " prefix is expected rather than \""
                + text + "\".", 1);
        }
        return new Prefix(address, length, slash >= 0);
    }

    /** get_addr(): an address (no prefix length), or exit 1 with iproute2's message. */
    static int parseAddress(final String text, final boolean inetFamily, final Output out)
    {
        final Integer address = text.indexOf('/') < 0 ? parseIproute(text) : null;
        if (address == null)
        {
            throw out.fail("Error: " + (inetFamily ? "inet" : "any valid") + " address is expected rather than \""
                + text + "\".", 1);
        }
        return address;
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

    /** The IPv6 link-local address the kernel derives from a MAC (EUI-64, universal/local bit flipped), as text. */
    static String linkLocal(final long mac)
    {
        final int[] groups = new int[8];
        groups[0] = 0xFE80;
        final int b0 = (int) (mac >>> 40) & 0xFF ^ 0x02;
        final int b1 = (int) (mac >>> 32) & 0xFF;
        final int b2 = (int) (mac >>> 24) & 0xFF;
        final int b3 = (int) (mac >>> 16) & 0xFF;
        final int b4 = (int) (mac >>> 8) & 0xFF;
        final int b5 = (int) mac & 0xFF;
        groups[4] = b0 << 8 | b1;
        groups[5] = b2 << 8 | 0xFF;
        groups[6] = 0xFE << 8 | b3;
        groups[7] = b4 << 8 | b5;
        return formatIpv6(groups);
    }

    /** inet_ntop for IPv6: the longest run of two or more zero groups becomes {@code ::}. */
    static String formatIpv6(final int[] groups)
    {
        int bestStart = -1;
        int bestLength = 0;
        for (int i = 0; i < 8;)
        {
            if (groups[i] != 0)
            {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && groups[j] == 0)
            {
                j++;
            }
            if (j - i > bestLength && j - i >= 2)
            {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        final StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++)
        {
            if (i == bestStart)
            {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':')
            {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
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
