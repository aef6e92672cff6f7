package dev.nslab.stack.ipv6;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The pieces of RFC 6724 source selection as Linux has them: its default label table, scopes, common prefixes. */
class SourceAddressSelectionTest
{
    private static long[] parse(final String text)
    {
        return Ipv6Address.parse(text);
    }

    private static int label(final String text)
    {
        final long[] address = parse(text);
        return SourceAddressSelection.label(address[0], address[1]);
    }

    @Test
    void shouldLabelAddressesAsTheKernelsDefaultTable()
    {
        // ip6addrlbl_init_table, as `ip addrlabel` lists it on a fresh kernel.
        assertEquals(0, label("::1"));
        assertEquals(1, label("2001:db8::1"), "2001:db8::/32 lies outside 2001::/32");
        assertEquals(6, label("2001:0:1::1"));
        assertEquals(7, label("2001:10::1"));
        assertEquals(2, label("2002:c000:201::1"));
        assertEquals(3, label("::1.2.3.4"));
        assertEquals(4, label("::ffff:1.2.3.4"));
        assertEquals(5, label("fd00:1::1"));
        assertEquals(5, label("fc00::1"));
        assertEquals(11, label("fec0::1"));
        assertEquals(12, label("3ffe::1"));
        assertEquals(1, label("fe80::1"));
    }

    @Test
    void shouldScopeAndCompareAsTheKernelDoes()
    {
        final long[] loopback = parse("::1");
        final long[] linkLocal = parse("fe80::1");
        final long[] site = parse("fec0::1");
        final long[] global = parse("2001:db8::1");
        final long[] allNodes = parse("ff02::1");
        assertEquals(1, SourceAddressSelection.scopeOf(loopback[0], loopback[1]));
        assertEquals(2, SourceAddressSelection.scopeOf(linkLocal[0], linkLocal[1]));
        assertEquals(5, SourceAddressSelection.scopeOf(site[0], site[1]));
        assertEquals(0xE, SourceAddressSelection.scopeOf(global[0], global[1]));
        assertEquals(2, SourceAddressSelection.scopeOf(allNodes[0], allNodes[1]));
        final long[] a = parse("fd00:1::1");
        final long[] b = parse("fd00:1::8000:0:0:1");
        assertEquals(64, SourceAddressSelection.commonPrefix(a[0], a[1], b[0], b[1]));
        assertEquals(128, SourceAddressSelection.commonPrefix(a[0], a[1], a[0], a[1]));
        assertEquals(0, SourceAddressSelection.commonPrefix(a[0], a[1], global[0], global[1]));
    }
}
