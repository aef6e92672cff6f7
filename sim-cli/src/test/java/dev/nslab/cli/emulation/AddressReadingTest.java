package dev.nslab.cli.emulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import dev.nslab.core.wire.Ipv4View;

/** iproute2's get_prefix_1 and procps/proc_dointvec's reading of values, against what was measured on 6.18. */
class AddressReadingTest
{
    private static String prefix(final String text)
    {
        final Inet.Prefix prefix = Inet.readPrefix(text, false);
        return prefix == null ? null : Ipv4View.format(prefix.address()) + "/" + prefix.length();
    }

    @Test
    void shouldReadPrefixesAsGetPrefixDoes()
    {
        assertEquals("1.2.3.0/32", prefix("1.2.3"));
        assertEquals("8.0.0.1/24", prefix("010.0.0.1/24"));
        assertEquals("10.0.11.8/24", prefix("10.0.11.0x8/24"));
        assertEquals("10.3.0.1/20", prefix("10.3.0.1/024"));
        assertEquals("10.1.0.1/24", prefix("10.1.0.1/255.255.255.0"));
        assertEquals("10.2.0.1/24", prefix("10.2.0.1/0x18"));
        assertEquals("10.4.0.1/24", prefix("10.4.0.1/+24"));
        assertEquals("10.5.0.1/24", prefix("10.5.0.1/ 24"));
        assertEquals("10.6.0.1/0", prefix("10.6.0.1/any"));
        assertEquals("0.0.3.8/24", prefix("-0.0.3.8/24"));
        assertEquals("0.0.0.0/0", prefix("default"));
        for (final String refused : new String[] {"10.0.0.256/24", "10.0.0.1/33", "10.0.0.1/", "10.0.0.1/-1",
            "0x0a000001/8", "10.0.0.1.", "10.0.0.08/24", "10.1.0.2/255.0.255.0", "10..0.1", "a.b.c.d/24",
            "10.0.0.1/24x", "default/24", "1.2.3.4.5", "4294967296/8", "10.0.8.8/255", "0x/24", "", "::1"})
        {
            assertNull(prefix(refused), refused);
        }
    }

    @Test
    void shouldMarkTheKeywordsWithoutAFamilyAsEmpty()
    {
        assertEquals(true, Inet.readPrefix("any", false).empty());
        assertEquals(true, Inet.readPrefix("default", false).empty());
        assertEquals(false, Inet.readPrefix("default", true).empty());
        assertEquals(false, Inet.readPrefix("default", false).inet());
        assertEquals(false, Inet.readPrefix("10.0.0.1", false).lengthGiven());
        assertEquals(true, Inet.readPrefix("default", false).lengthGiven());
    }

    @Test
    void shouldReadValuesAsProcDointvecDoes()
    {
        assertEquals(5L, SysctlCommand.parseProcInteger("0x5", false));
        assertEquals(8L, SysctlCommand.parseProcInteger("010", false));
        assertEquals(0L, SysctlCommand.parseProcInteger("-0", false));
        assertEquals(1L, SysctlCommand.parseProcInteger("1 2", false));
        assertEquals(-2147483648L, SysctlCommand.parseProcInteger("-2147483648", false));
        assertEquals(2147483647L, SysctlCommand.parseProcInteger("0x7fffffff", false));
        assertEquals(1L, SysctlCommand.parseProcInteger("00000000000000000001", false), "20 characters");
        assertEquals(-1L, SysctlCommand.parseProcInteger("-0000000000000000001", false), "20 with the sign");
        for (final String refused : new String[] {"+2", "1x", "", "2147483648", "-2147483649", "99999999999", "0x",
            "000000000000000000001", "-00000000000000000001"})
        {
            assertNull(SysctlCommand.parseProcInteger(refused, false), refused);
        }
        assertNull(SysctlCommand.parseProcInteger("-1", true), "u8 settings take no sign");
    }
}
