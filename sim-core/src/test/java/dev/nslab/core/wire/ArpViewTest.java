package dev.nslab.core.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArpViewTest
{
    /** An ARP request as the kernel sent it (BEHAVIOUR 8.9): who-has 10.0.1.2 tell 10.0.1.1, target MAC zero. */
    private static final byte[] REQUEST = Hex.bytes("0001 0800 0604 0001 8aed e499 6698 0a00 0101 0000 0000 0000 0a00 0102");
    /** Its reply (BEHAVIOUR 8.10). */
    private static final byte[] REPLY = Hex.bytes("0001 0800 0604 0002 4ae3 e132 f9ff 0a00 0102 8aed e499 6698 0a00 0101");

    @Test
    void shouldReadEveryFieldOfARequest()
    {
        assertTrue(ArpView.isValid(REQUEST, 0, REQUEST.length));
        final ArpView view = new ArpView().wrap(REQUEST, 0);
        assertEquals(1, view.hardwareType());
        assertEquals(0x0800, view.protocolType());
        assertEquals(6, view.hardwareLength());
        assertEquals(4, view.protocolLength());
        assertEquals(ArpView.OPERATION_REQUEST, view.operation());
        assertEquals(0x8AED_E499_6698L, view.senderMac());
        assertEquals(0x0A00_0101, view.senderIp());
        assertEquals(0L, view.targetMac());
        assertEquals(0x0A00_0102, view.targetIp());
    }

    @Test
    void shouldWriteARequestAndAReplyByteForByte()
    {
        final byte[] request = Hex.poisoned(ArpView.LENGTH);
        new ArpView().wrap(request, 0).write(ArpView.OPERATION_REQUEST, 0x8AED_E499_6698L, 0x0A00_0101, 0L,
            0x0A00_0102);
        assertArrayEquals(REQUEST, request);
        final byte[] reply = Hex.poisoned(ArpView.LENGTH);
        new ArpView().wrap(reply, 0).write(ArpView.OPERATION_REPLY, 0x4AE3_E132_F9FFL, 0x0A00_0102,
            0x8AED_E499_6698L, 0x0A00_0101);
        assertArrayEquals(REPLY, reply);
    }

    @Test
    void shouldRefuseWrongLengthsAndTypes()
    {
        assertFalse(ArpView.isValid(REQUEST, 0, 27), "truncated");
        final byte[] badHardwareLength = REQUEST.clone();
        badHardwareLength[4] = 8;
        assertFalse(ArpView.isValid(badHardwareLength, 0, badHardwareLength.length));
        final byte[] badProtocolLength = REQUEST.clone();
        badProtocolLength[5] = 16;
        assertFalse(ArpView.isValid(badProtocolLength, 0, badProtocolLength.length));
        final byte[] badHardware = REQUEST.clone();
        badHardware[1] = 6;
        assertFalse(ArpView.isValid(badHardware, 0, badHardware.length));
        final byte[] ipv6 = REQUEST.clone();
        ipv6[2] = (byte) 0x86;
        ipv6[3] = (byte) 0xDD;
        assertFalse(ArpView.isValid(ipv6, 0, ipv6.length));
    }
}
