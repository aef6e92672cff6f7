package dev.nslab.stack.ipv6;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
