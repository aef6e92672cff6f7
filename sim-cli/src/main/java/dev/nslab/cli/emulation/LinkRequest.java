package dev.nslab.cli.emulation;

import java.util.List;

/**
 * The arguments of {@code ip link add|set|del} as iplink_parse reads them, with its messages for bad values. For a
 * veth, {@code peer ...} is parsed the same way into {@link #peer()}.
 *
 * @param device  the device ({@code dev DEV}, a bare word, or {@code name} when no device was named).
 * @param newName {@code name N}.
 * @param up      {@code up}/{@code down}, or null.
 * @param mtu     {@code mtu N}, or null.
 * @param mac     {@code address MAC} octets, or null.
 * @param netns   {@code netns NS|PID}, or null.
 * @param type    {@code type T}, or null.
 * @param peer    what followed {@code peer} for a veth, or null.
 * @param master  {@code master DEV}, or null.
 * @param noMaster true for {@code nomaster}.
 */
record LinkRequest(String device, String newName, Boolean up, Integer mtu, int[] mac, String netns, String type,
    LinkRequest peer, String master, boolean noMaster)
{
    static LinkRequest parse(final List<String> arguments, final Output out)
    {
        final Keywords.Cursor words = new Keywords.Cursor(arguments, out);
        String device = null;
        String name = null;
        Boolean up = null;
        Integer mtu = null;
        int[] mac = null;
        String netns = null;
        String type = null;
        LinkRequest peer = null;
        String master = null;
        boolean noMaster = false;
        while (words.hasNext())
        {
            final String word = words.next();
            if (word.equals("up") || word.equals("down"))
            {
                up = word.equals("up");
            }
            else if (word.equals("name"))
            {
                final String value = words.value();
                if (name != null)
                {
                    throw duplicate(out, "name", value);
                }
                if (!isValidName(value, 16))
                {
                    throw invalid(out, value, "\"name\" not a valid ifname");
                }
                name = value;
                if (device == null)
                {
                    device = name;
                }
            }
            else if (Keywords.matches(word, "address"))
            {
                mac = parseLinkAddress(words.value(), out);
            }
            else if (word.equals("mtu"))
            {
                final String value = words.value();
                if (mtu != null)
                {
                    throw duplicate(out, "mtu", value);
                }
                final Long parsed = parseInteger(value);
                if (parsed == null || parsed < Integer.MIN_VALUE || parsed > Integer.MAX_VALUE)
                {
                    throw invalid(out, value, "Invalid \"mtu\" value\n");
                }
                mtu = parsed.intValue();
            }
            else if (Keywords.matches(word, "master"))
            {
                master = words.value();
            }
            else if (Keywords.matches(word, "nomaster"))
            {
                noMaster = true;
            }
            else if (word.equals("netns"))
            {
                final String value = words.value();
                if (netns != null)
                {
                    throw duplicate(out, "netns", value);
                }
                netns = value;
            }
            else if (Keywords.matches(word, "type"))
            {
                type = words.value();
                if (type.equals("veth") && words.hasNext())
                {
                    final List<String> rest = words.rest();
                    if (!rest.get(0).equals("peer"))
                    {
                        throw EmulationGate.unvetted("ip link add type veth " + rest.get(0));
                    }
                    peer = parse(rest.subList(1, rest.size()), out);
                    if (peer.type() != null)
                    {
                        throw duplicate(out, "type", peer.type());
                    }
                }
                else if (words.hasNext() && !type.equals("veth"))
                {
                    words.rest();
                }
                break;
            }
            else
            {
                final String value = word.equals("dev") ? words.value() : word;
                if (device != null && !device.equals(name))
                {
                    throw Keywords.duplicateArgument(out, "dev", value);
                }
                if (!isValidName(value, 128))
                {
                    throw invalid(out, value, "\"dev\" not a valid ifname");
                }
                device = value;
            }
        }
        return new LinkRequest(device, name, up, mtu, mac, netns, type, peer, master, noMaster);
    }

    /** check_ifname: not empty, shorter than IFNAMSIZ, no '/' nor white space. */
    private static boolean isValidName(final String name, final int size)
    {
        if (name.isEmpty() || name.length() >= size)
        {
            return false;
        }
        for (int i = 0; i < name.length(); i++)
        {
            final char c = name.charAt(i);
            if (c == '/' || Character.isWhitespace(c))
            {
                return false;
            }
        }
        return true;
    }

    /** ll_addr_a2n: colon-separated hex octets ({@code sscanf %x}); the message names the bad part. */
    static int[] parseLinkAddress(final String text, final Output out)
    {
        final String[] parts = text.split(":", -1);
        final int[] octets = new int[parts.length];
        for (int i = 0; i < parts.length; i++)
        {
            final String part = parts[i];
            int end = 0;
            while (end < part.length() && Character.digit(part.charAt(end), 16) >= 0 && end < 8)
            {
                end++;
            }
            final long value = end == 0 ? -1 : Long.parseLong(part.substring(0, end), 16);
            if (value < 0 || value > 255)
            {
                throw out.fail("\"" + part + "\" is invalid lladdr.", 1);
            }
            octets[i] = (int) value;
        }
        return octets;
    }

    /** get_integer with base 0: decimal, {@code 0x} hex or leading-0 octal, the whole word; or null. */
    static Long parseInteger(final String text)
    {
        String digits = text.trim();
        boolean negative = false;
        if (digits.startsWith("-") || digits.startsWith("+"))
        {
            negative = digits.startsWith("-");
            digits = digits.substring(1);
        }
        if (digits.isEmpty())
        {
            return null;
        }
        int radix = 10;
        if (digits.length() > 1 && (digits.startsWith("0x") || digits.startsWith("0X")))
        {
            radix = 16;
            digits = digits.substring(2);
        }
        else if (digits.length() > 1 && digits.startsWith("0"))
        {
            radix = 8;
            digits = digits.substring(1);
        }
        try
        {
            final long value = Long.parseLong(digits, radix);
            return negative ? -value : value;
        }
        catch (final NumberFormatException e)
        {
            return null;
        }
    }

    private static CommandExit duplicate(final Output out, final String key, final String value)
    {
        return out.fail("Error: duplicate \"" + key + "\": \"" + value + "\" is the second value.", 255);
    }

    /** invarg(): the message may end in a newline of its own, which iproute2 prints as an empty line. */
    private static CommandExit invalid(final Output out, final String value, final String message)
    {
        return out.fail("Error: argument \"" + value + "\" is wrong: " + message, 255);
    }
}
