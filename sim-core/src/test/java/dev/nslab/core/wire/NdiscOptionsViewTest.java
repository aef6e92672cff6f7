package dev.nslab.core.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Neighbour discovery options (RFC 4861 4.6.1, RFC 7527) from frames the kernel (6.18) sent on a veth: the source
 * link-layer address of a router solicitation, the nonce of a DAD solicitation, the target link-layer address of a
 * solicited advertisement; and the broken cases ndisc_parse_options drops.
 */
class NdiscOptionsViewTest
{
    /** The options of the router solicitation in {@link Ipv6ViewTest}: 52:54:00:12:34:56. */
    private static final String SOURCE_LINK_ADDRESS = "0101 5254 0012 3456";
    /** The DAD solicitation's nonce option: d60356fb5a92. */
    private static final String NONCE = "0e01 d603 56fb 5a92";
    /** A solicited advertisement's target link-layer address, 5a:1b:cc:52:26:24 (captured in ipv6-ping). */
    private static final String TARGET_LINK_ADDRESS = "0201 5a1b cc52 2624";

    private final NdiscOptionsView view = new NdiscOptionsView();

    @Test
    void shouldReadTheKernelsOptions()
    {
        final byte[] source = Hex.bytes(SOURCE_LINK_ADDRESS);
        assertTrue(view.read(source, 0, source.length, NdiscOptionsView.TYPE_SOURCE_LINK_ADDRESS));
        assertTrue(view.hasLinkAddress());
        assertEquals(0x5254_0012_3456L, view.linkAddress());
        assertEquals(0, view.nonce());

        final byte[] nonce = Hex.bytes(NONCE);
        assertTrue(view.read(nonce, 0, nonce.length, NdiscOptionsView.TYPE_SOURCE_LINK_ADDRESS));
        assertFalse(view.hasLinkAddress(), "a DAD solicitation has no link-layer address");
        assertEquals(0xD603_56FB_5A92L, view.nonce());

        final byte[] target = Hex.bytes(TARGET_LINK_ADDRESS);
        assertTrue(view.read(target, 0, target.length, NdiscOptionsView.TYPE_TARGET_LINK_ADDRESS));
        assertEquals(0x5A1B_CC52_2624L, view.linkAddress());
    }

    @Test
    void shouldKeepOnlyTheKindTheMessageMayCarry()
    {
        final byte[] target = Hex.bytes(TARGET_LINK_ADDRESS);
        assertTrue(view.read(target, 0, target.length, NdiscOptionsView.TYPE_SOURCE_LINK_ADDRESS));
        assertFalse(view.hasLinkAddress(), "a target address in a solicitation is ignored");
    }

    @Test
    void shouldKeepTheFirstOfDuplicates()
    {
        final byte[] two = Hex.bytes(SOURCE_LINK_ADDRESS + " 0101 0200 0000 00bb " + NONCE + " 0e01 0000 0000 0001");
        assertTrue(view.read(two, 0, two.length, NdiscOptionsView.TYPE_SOURCE_LINK_ADDRESS));
        assertEquals(0x5254_0012_3456L, view.linkAddress());
        assertEquals(0xD603_56FB_5A92L, view.nonce());
    }

    @Test
    void shouldRefuseMalformedOptions()
    {
        final byte[] zero = Hex.bytes("0100 5254 0012 3456");
        assertFalse(view.read(zero, 0, zero.length, 1), "a zero length would loop for ever");
        final byte[] overrun = Hex.bytes("0102 5254 0012 3456");
        assertFalse(view.read(overrun, 0, overrun.length, 1), "16 bytes announced, 8 there");
        final byte[] odd = Hex.bytes(SOURCE_LINK_ADDRESS + " 01");
        assertFalse(view.read(odd, 0, odd.length, 1), "a lone type byte at the end");
        final byte[] empty = new byte[0];
        assertTrue(view.read(empty, 0, 0, 1), "no options at all is fine");
        assertFalse(view.hasLinkAddress());
    }

    @Test
    void shouldFlagALinkAddressOfTheWrongLength()
    {
        final byte[] longer = Hex.bytes("0102 5254 0012 3456 0000 0000 0000 0000");
        assertTrue(view.read(longer, 0, longer.length, 1));
        assertFalse(view.hasLinkAddress());
        assertTrue(view.linkAddressLengthWrong(), "Ethernet's option is 8 bytes: the message is dropped");
    }
}
