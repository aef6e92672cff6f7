package dev.nslab.core.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EthernetViewTest
{
    /** The header of an ARP request from the kernel capture (BEHAVIOUR 8.9), source 52:bf:f8:2f:a4:7b. */
    private static final byte[] HEADER = Hex.bytes("ffff ffff ffff 52bf f82f a47b 0806");

    @Test
    void shouldReadEveryField()
    {
        final EthernetView view = new EthernetView().wrap(HEADER, 0, HEADER.length);
        assertEquals(EthernetView.BROADCAST, view.destination());
        assertEquals(0x52BF_F82F_A47BL, view.source());
        assertEquals(EthernetView.ETHERTYPE_ARP, view.etherType());
        assertEquals(14, view.payloadOffset());
        assertEquals(0, view.payloadLength());
    }

    @Test
    void shouldWriteEveryField()
    {
        final byte[] buffer = Hex.poisoned(14);
        new EthernetView().wrap(buffer, 0, 14).destination(EthernetView.BROADCAST).source(0x52BF_F82F_A47BL)
            .etherType(EthernetView.ETHERTYPE_ARP);
        assertArrayEquals(HEADER, buffer);
    }

    @Test
    void shouldRefuseARunt()
    {
        assertFalse(EthernetView.isValid(13));
        assertTrue(EthernetView.isValid(14));
    }

    @Test
    void shouldTellGroupAddresses()
    {
        assertTrue(EthernetView.isMulticast(EthernetView.BROADCAST));
        assertTrue(EthernetView.isMulticast(0x3333_0000_0016L));
        assertFalse(EthernetView.isMulticast(0x52BF_F82F_A47BL));
    }
}
