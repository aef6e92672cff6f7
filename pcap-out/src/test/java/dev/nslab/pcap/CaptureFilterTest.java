package dev.nslab.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class CaptureFilterTest
{
    @Test
    void shouldAcceptEverythingByDefault()
    {
        assertTrue(CaptureFilter.all().accepts("", "lo"));
        assertTrue(CaptureOptions.defaults().filter().accepts("a", "veth0"));
    }

    @Test
    void shouldAcceptOnlyTheListedDevices()
    {
        final CaptureFilter filter = CaptureFilter.parse("a/veth0, lo,");

        assertTrue(filter.accepts("a", "veth0"));
        assertTrue(filter.accepts("", "lo"));
        assertFalse(filter.accepts("b", "veth0"));
        assertFalse(filter.accepts("a", "lo"));
        assertFalse(filter.accepts("host", "lo"), "a namespace named host is not the initial one");
        assertEquals("a/veth0,lo", filter.toString());
    }

    @Test
    void shouldRefuseEntriesThatAreNotNamespaceSlashDevice()
    {
        for (final String bad : new String[] {"/veth0", "a/", "a/b/c", ".", "..", "a/..", "./lo", "../lo"})
        {
            final IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> CaptureFilter.parse(bad));
            assertEquals("capture filter entry must be DEV or NS/DEV: \"" + bad + "\"", refused.getMessage());
        }
        assertEquals("capture filter names no interface: \" , \"",
            assertThrows(IllegalArgumentException.class, () -> CaptureFilter.parse(" , ")).getMessage());
    }

    @Test
    void shouldNameInterfacesAndFilesSoThatNoTwoInterfacesShareOne()
    {
        assertEquals("lo", new CaptureInterface("", "lo", 0L).interfaceName());
        assertEquals(List.of("lo.pcap"), new CaptureInterface("", "lo", 0L).pcapPath());
        assertEquals("host/lo", new CaptureInterface("host", "lo", 0L).interfaceName());
        assertEquals(List.of("netns", "host", "lo.pcap"), new CaptureInterface("host", "lo", 0L).pcapPath());
        // Once both were a-b-c.pcap.
        assertEquals(List.of("netns", "a-b", "c.pcap"), new CaptureInterface("a-b", "c", 0L).pcapPath());
        assertEquals(List.of("netns", "a", "b-c.pcap"), new CaptureInterface("a", "b-c", 0L).pcapPath());
        // A device x of the initial namespace and a namespace named x.pcap.
        assertEquals(List.of("x.pcap"), new CaptureInterface("", "x", 0L).pcapPath());
        assertEquals(List.of("netns", "x.pcap", "y.pcap"), new CaptureInterface("x.pcap", "y", 0L).pcapPath());
        assertEquals(List.of("netns", "a b\nc", "eth0.pcap"), new CaptureInterface("a b\nc", "eth0", 0L).pcapPath());
    }

    @Test
    void shouldReadInterfaceNamesBack()
    {
        for (final CaptureInterface captured : List.of(new CaptureInterface("", "lo", 0L),
            new CaptureInterface("a-b", "c", 0L), new CaptureInterface("host", "lo", 0L),
            new CaptureInterface("a b", "x:1", 0L)))
        {
            assertEquals(captured, CaptureInterface.named(captured.interfaceName()));
        }
    }

    @Test
    void shouldRefuseNamesLinuxNeverGives()
    {
        for (final String[] bad : new String[][] {{"", ""}, {"", "."}, {"", ".."}, {"", "a/b"}, {"a/b", "c"},
            {".", "c"}, {"..", "c"}, {"a", "nul\0"}})
        {
            assertThrows(IllegalArgumentException.class, () -> new CaptureInterface(bad[0], bad[1], 0L),
                bad[0] + "/" + bad[1]);
        }
    }
}
