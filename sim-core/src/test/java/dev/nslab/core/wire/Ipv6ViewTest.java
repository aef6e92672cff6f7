package dev.nslab.core.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The IPv6 header and the ICMPv6 pseudo-header checksum (RFC 8200 8.1, RFC 4443 2.3) against frames the kernel
 * (6.18) sent on a veth, captured with tcpdump: an MLDv2 report from :: behind a hop-by-hop router alert, a DAD
 * neighbour solicitation with its nonce, and a router solicitation from the link-local address.
 */
class Ipv6ViewTest
{
    /** 52:54:00:12:34:56's MLDv2 report for ff02::1:ff12:3456, from ::, checksum 0x3b22. */
    private static final String MLD_REPORT = "3333 0000 0016 5254 0012 3456 86dd 6000 0000 0024 0001 0000 0000 0000"
        + " 0000 0000 0000 0000 0000 ff02 0000 0000 0000 0000 0000 0000 0016 3a00 0502 0000 0100 8f00 3b22 0000"
        + " 0001 0400 0000 ff02 0000 0000 0000 0000 0001 ff12 3456";
    /** Its DAD solicitation for fe80::5054:ff:fe12:3456, nonce d60356fb5a92, checksum 0x2e68. */
    private static final String DAD_SOLICITATION = "3333 ff12 3456 5254 0012 3456 86dd 6000 0000 0020 3aff 0000"
        + " 0000 0000 0000 0000 0000 0000 0000 ff02 0000 0000 0000 0000 0001 ff12 3456 8700 2e68 0000 0000 fe80"
        + " 0000 0000 0000 5054 00ff fe12 3456 0e01 d603 56fb 5a92";
    /** Its router solicitation from fe80::5054:ff:fe12:3456, checksum 0x71b5. */
    private static final String ROUTER_SOLICITATION = "3333 0000 0002 5254 0012 3456 86dd 6000 0000 0010 3aff"
        + " fe80 0000 0000 0000 5054 00ff fe12 3456 ff02 0000 0000 0000 0000 0000 0000 0002 8500 71b5 0000 0000"
        + " 0101 5254 0012 3456";

    @Test
    void shouldReadTheHeaderOfAKernelFrame()
    {
        final byte[] frame = Hex.bytes(ROUTER_SOLICITATION);
        assertTrue(Ipv6View.isValid(frame, 14, frame.length - 14));
        final Ipv6View view = new Ipv6View().wrap(frame, 14);
        assertEquals(16, view.payloadLength());
        assertEquals(Ipv6View.NEXT_HEADER_ICMPV6, view.nextHeader());
        assertEquals(255, view.hopLimit());
        assertEquals(0xFE80_0000_0000_0000L, view.sourceHigh());
        assertEquals(0x5054_00FF_FE12_3456L, view.sourceLow());
        assertEquals(0xFF02_0000_0000_0000L, view.destinationHigh());
        assertEquals(2, view.destinationLow());
    }

    @Test
    void shouldVerifyTheKernelsIcmpv6Checksums()
    {
        assertTrue(sumsToOnes(MLD_REPORT, 8), "MLD report after an 8-byte hop-by-hop header");
        assertTrue(sumsToOnes(DAD_SOLICITATION, 0), "from ::");
        assertTrue(sumsToOnes(ROUTER_SOLICITATION, 0));
    }

    @Test
    void shouldComputeTheChecksumsTheKernelSent()
    {
        assertEquals(0x3b22, recomputed(MLD_REPORT, 8));
        assertEquals(0x2e68, recomputed(DAD_SOLICITATION, 0));
        assertEquals(0x71b5, recomputed(ROUTER_SOLICITATION, 0));
    }

    @Test
    void shouldRefuseWhatIsNotAWholeIpv6Packet()
    {
        final byte[] frame = Hex.bytes(ROUTER_SOLICITATION);
        assertFalse(Ipv6View.isValid(frame, 14, frame.length - 15), "payload length past the end");
        frame[14] = 0x45;
        assertFalse(Ipv6View.isValid(frame, 14, frame.length - 14), "version 4");
        assertFalse(Ipv6View.isValid(frame, 14, 39), "shorter than a header");
    }

    @Test
    void shouldWriteWhatItReads()
    {
        final byte[] packet = new byte[40];
        new Ipv6View().wrap(packet, 0).versionClassFlow().payloadLength(24).nextHeader(58).hopLimit(255)
            .source(0xFE80_0000_0000_0000L, 1).destination(0xFF02_0000_0000_0000L, 0x1_FF00_0001L);
        assertEquals("60000000 0018 3a ff fe800000000000000000000000000001 ff0200000000000000000001ff000001",
            Hex.string(packet, 0, 4) + " " + Hex.string(packet, 4, 2) + " " + Hex.string(packet, 6, 1) + " "
                + Hex.string(packet, 7, 1) + " " + Hex.string(packet, 8, 16) + " " + Hex.string(packet, 24, 16));
    }

    private static boolean sumsToOnes(final String hex, final int extensionLength)
    {
        final byte[] frame = Hex.bytes(hex);
        final Ipv6View view = new Ipv6View().wrap(frame, 14);
        final int upper = 14 + 40 + extensionLength;
        return view.upperLayerSum(upper, view.payloadLength() - extensionLength, 58) == 0xFFFF;
    }

    private static int recomputed(final String hex, final int extensionLength)
    {
        final byte[] frame = Hex.bytes(hex);
        final Ipv6View view = new Ipv6View().wrap(frame, 14);
        final int upper = 14 + 40 + extensionLength;
        frame[upper + 2] = 0;
        frame[upper + 3] = 0;
        return view.upperLayerChecksum(upper, view.payloadLength() - extensionLength, 58);
    }
}
