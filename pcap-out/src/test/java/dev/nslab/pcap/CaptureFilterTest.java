package dev.nslab.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CaptureFilterTest
{
    @Test
    void shouldAcceptEverythingByDefault()
    {
        assertTrue(CaptureFilter.all().accepts("host", "lo"));
        assertTrue(CaptureOptions.defaults().filter().accepts("a", "veth0"));
    }

    @Test
    void shouldAcceptOnlyTheListedDevices()
    {
        final CaptureFilter filter = CaptureFilter.parse("a/veth0, host/lo,");

        assertTrue(filter.accepts("a", "veth0"));
        assertTrue(filter.accepts("host", "lo"));
        assertFalse(filter.accepts("b", "veth0"));
        assertFalse(filter.accepts("a", "lo"));
        assertEquals("a/veth0,host/lo", filter.toString());
    }

    @Test
    void shouldRefuseEntriesThatAreNotNamespaceSlashDevice()
    {
        for (final String bad : new String[] {"veth0", "/veth0", "a/", "a/b/c"})
        {
            final IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> CaptureFilter.parse(bad));
            assertEquals("capture filter entry must be NS/DEV: \"" + bad + "\"", refused.getMessage());
        }
    }

    @Test
    void shouldNameFilesAfterNamespaceAndDevice()
    {
        assertEquals("host-lo.pcap", new CaptureInterface("host", "lo", 0L).pcapFileName());
        assertEquals("a-veth0.pcap", new CaptureInterface("a", "veth0", 0L).pcapFileName());
        assertEquals("a_b-__.pcap", new CaptureInterface("a/b", "..", 0L).pcapFileName());
        assertEquals("a/veth0", new CaptureInterface("a", "veth0", 0L).qualifiedName());
    }
}
