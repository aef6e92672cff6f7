package dev.nslab.stack.ipv6;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The EUI-64 link-local and inet_ntop's text, against what the kernel and ip printed (IPV6.md section 6). */
class Ipv6AddressTest
{
    @Test
    void shouldMakeTheKernelsLinkLocalOfAMac()
    {
        assertEquals("fe80::bc6c:efff:fe25:b150",
            Ipv6Address.format(Ipv6Address.LINK_LOCAL_HIGH, Ipv6Address.eui64(0xBE6C_EF25_B150L)));
        assertEquals("fe80::5a:46ff:fef2:7c61",
            Ipv6Address.format(Ipv6Address.LINK_LOCAL_HIGH, Ipv6Address.eui64(0x025A_46F2_7C61L)),
            "the U/L bit flipped to 0 leaves a leading zero group, which inet_ntop drops");
    }

    @Test
    void shouldPrintAsInetNtop()
    {
        assertEquals("::", Ipv6Address.format(0, 0));
        assertEquals("::1", Ipv6Address.format(0, 1));
        assertEquals("ff02::1:ff12:3456", Ipv6Address.format(Ipv6Address.LINK_MULTICAST_HIGH,
            Ipv6Address.solicitedNodeLow(0x5054_00FF_FE12_3456L)));
        assertEquals("fd00:1::", Ipv6Address.format(0xFD00_0001_0000_0000L, 0), "the longest zero run");
        assertEquals("1:0:1::1", Ipv6Address.format(0x0001_0000_0001_0000L, 1), "a single zero group stays");
        assertEquals(0x3333_FF12_3456L, Ipv6Address.multicastMac(Ipv6Address.solicitedNodeLow(0x12_3456L)));
    }

    @Test
    void shouldReadTheTextFormsOfRfc4291AsInetPtonDoes()
    {
        // RFC 4291 s2.2: the preferred, compressed and mixed forms.
        assertArrayEquals(new long[] {0x2001_0DB8_0000_0000L, 0x0008_0800_200C_417AL},
            Ipv6Address.parse("2001:DB8:0:0:8:800:200C:417A"));
        assertArrayEquals(new long[] {0x2001_0DB8_0000_0000L, 0x0008_0800_200C_417AL},
            Ipv6Address.parse("2001:db8::8:800:200c:417a"));
        assertArrayEquals(new long[] {0xFF01_0000_0000_0000L, 0x101L}, Ipv6Address.parse("ff01::101"));
        assertArrayEquals(new long[] {0, 1}, Ipv6Address.parse("::1"));
        assertArrayEquals(new long[] {0, 0}, Ipv6Address.parse("::"));
        assertArrayEquals(new long[] {0, 0x0000_0000_0D01_4403L}, Ipv6Address.parse("0:0:0:0:0:0:13.1.68.3"));
        assertArrayEquals(new long[] {0, 0x0000_FFFF_8190_3426L}, Ipv6Address.parse("::FFFF:129.144.52.38"));
        assertArrayEquals(new long[] {0xFD00_0006_0000_0000L, 0}, Ipv6Address.parse("fd00:6::"));
        for (final String bad : new String[] {"", ":", ":1", "1:", "1::2::3", "12345::", "1:2:3:4:5:6:7:8:9",
            "1:2:3:4:5:6:7::8:9", "::1.2.3.04", "::1.2.3", "::256.1.1.1", "fd00::g", "fe80::1%va", "::0x10",
            "1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4"})
        {
            assertNull(Ipv6Address.parse(bad), bad);
        }
    }

    @Test
    void shouldWriteIpv4CompatibleAndMappedAddressesWithADottedTail()
    {
        assertEquals("::ffff:1.2.3.4", Ipv6Address.format(0, 0x0000_FFFF_0102_0304L));
        assertEquals("::ffff:0.0.0.0", Ipv6Address.format(0, 0x0000_FFFF_0000_0000L));
        assertEquals("::13.1.68.3", Ipv6Address.format(0, 0x0000_0000_0D01_4403L));
        assertEquals("::1", Ipv6Address.format(0, 1), "::1 is not an IPv4-compatible address to inet_ntop");
        assertEquals("::", Ipv6Address.format(0, 0));
        assertEquals("::1:0:1", Ipv6Address.format(0, 0x0000_0001_0000_0001L));
    }
}
