package dev.nslab.stack.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.nslab.core.frame.FramePool;
import dev.nslab.stack.sock.SocketSendBuffer;

/**
 * The raw socket's send buffer against what the kernel machine showed (golden ping-send-buffer): how many echoes
 * of each size wait for ARP before sendmsg fails with ENOBUFS.
 */
class SocketSendBufferTest
{
    private final FramePool pool = new FramePool(64);

    @Test
    void shouldSizeSkbsAsTheKernelsAllocatorDoes()
    {
        assertEquals(832, SocketSendBuffer.truesize(84)); // small-head cache
        assertEquals(832, SocketSendBuffer.truesize(178));
        assertEquals(1280, SocketSendBuffer.truesize(228)); // kmalloc-1024
        assertEquals(1280, SocketSendBuffer.truesize(628));
        assertEquals(2304, SocketSendBuffer.truesize(828)); // kmalloc-2048
        assertEquals(2304, SocketSendBuffer.truesize(1500));
    }

    @Test
    void shouldDoubleTheRequestedSizeWithinTheMinimum()
    {
        assertEquals(4608, new SocketSendBuffer(Ping.packetMemory(56, 20)).size());
        assertEquals(4608, new SocketSendBuffer(Ping.packetMemory(1472, 20)).size());
        assertEquals(6096, new SocketSendBuffer(Ping.packetMemory(2000, 20)).size());
    }

    @Test
    void shouldAdmitTwelveSmallOrFourFullSizeEchoesIntoTwiceTheMinimum()
    {
        assertEquals(12, admitted(84, 1500));
        assertEquals(8, admitted(628, 1500));
        assertEquals(4, admitted(1500, 1500));
    }

    @Test
    void shouldCheckEveryFragmentOfADatagramAgainstWhatCameBefore()
    {
        // 2,028 bytes through a 1500-byte MTU: 1500 + 548, 3,584 bytes of skbs a datagram; the fourth does not fit.
        final SocketSendBuffer buffer = new SocketSendBuffer(Ping.packetMemory(2000, 20));
        for (int i = 0; i < 3; i++)
        {
            assertTrue(buffer.admits(2028, 20, 1500));
            buffer.charge(pool.acquire().reset(1500), 1500);
            buffer.charge(pool.acquire().reset(548), 548);
        }
        assertFalse(buffer.admits(2028, 20, 1500));
    }

    @Test
    void shouldGiveTheMemoryBackWhenADeviceTakesTheSkb()
    {
        final SocketSendBuffer buffer = new SocketSendBuffer(Ping.packetMemory(1472, 20));
        final var frames = new dev.nslab.core.frame.Frame[4];
        for (int i = 0; i < 4; i++)
        {
            frames[i] = pool.acquire().reset(1500);
            buffer.charge(frames[i], 1500);
        }
        assertFalse(buffer.admits(1500, 20, 1500));
        frames[0].orphan();
        assertTrue(buffer.admits(1500, 20, 1500));
    }

    private static int admitted(final int ipLength, final int mtu)
    {
        final FramePool pool = new FramePool(64);
        final SocketSendBuffer buffer = new SocketSendBuffer(Ping.packetMemory(ipLength - 28, 20));
        int count = 0;
        while (buffer.admits(ipLength, 20, mtu))
        {
            buffer.charge(pool.acquire().reset(ipLength), ipLength);
            count++;
        }
        return count;
    }
}
