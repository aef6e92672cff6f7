package dev.nslab.stack.link;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.ring.FrameRing;
import dev.nslab.core.time.Poller;
import dev.nslab.stack.netlink.NetlinkException;

/**
 * A persistent tap device (tun driver, IFF_TAP). Its userspace side is a {@link TapHandle}: two bounded lock-free
 * rings, the only thread boundary of a simulation. The tap has carrier only while a handle is attached, as a tap
 * has carrier only while a program holds its file descriptor; an unattached tap drops what the stack sends (TX
 * dropped) and nothing reaches a capture.
 */
public final class TapDevice extends NetDevice implements Poller
{
    /** Frames taken from the userspace ring per poll, so one busy tap cannot starve the loop. */
    private static final int POLL_LIMIT = 256;

    private TapHandle handle;
    private final FrameRing.FrameConsumer fromUser = this::receiveFromUser;
    private long pollNow;

    TapDevice(final Machine machine, final String name, final long mac)
    {
        super(machine, name, mac, 1500);
        carrierStartsOff(true);
    }

    @Override
    public DeviceKind kind()
    {
        return DeviceKind.TAP;
    }

    @Override
    public boolean hasCarrier()
    {
        return handle != null;
    }

    @Override
    public int maxMtu()
    {
        return 65521;
    }

    /** @return the attached userspace side, or null. */
    public TapHandle handle()
    {
        return handle;
    }

    /**
     * Attaches a userspace side (as a program opening /dev/net/tun with TUNSETIFF would): carrier comes up.
     * Simulation thread.
     *
     * @param ringCapacity frames each ring holds (txqueuelen: 1000 by default).
     */
    public TapHandle attach(final int ringCapacity)
    {
        if (handle != null)
        {
            throw new NetlinkException(NetlinkException.Errno.EBUSY, "tap " + name + " is already attached");
        }
        handle = new TapHandle(this, ringCapacity);
        machine.loop().addPoller(this);
        namespace.linkChanged(this);
        return handle;
    }

    public TapHandle attach()
    {
        return attach(txQueueLength());
    }

    /** Detaches the userspace side: carrier goes down, frames still in the rings are discarded. */
    public void detach(final TapHandle which)
    {
        if (handle == which && handle != null)
        {
            machine.loop().removePoller(this);
            handle.closed = true;
            handle = null;
            if (namespace != null && alive)
            {
                namespace.linkChanged(this);
            }
        }
    }

    @Override
    void detach()
    {
        super.detach();
        if (handle != null)
        {
            detach(handle);
        }
    }

    @Override
    void transmitToMedium(final Frame frame, final long now)
    {
        final TapHandle handle = this.handle;
        if (handle == null)
        {
            counters().txDropped++;
            frame.release();
            return;
        }
        captureOutbound(frame, now);
        if (handle.toUser.offer(frame.buffer(), frame.offset(), frame.length()))
        {
            counters().countTx(frame.length());
        }
        else
        {
            counters().txDropped++;
        }
        frame.release();
    }

    @Override
    public int poll(final long now)
    {
        final TapHandle handle = this.handle;
        if (handle == null)
        {
            return 0;
        }
        pollNow = now;
        return handle.fromUser.drain(fromUser, POLL_LIMIT);
    }

    private void receiveFromUser(final byte[] buffer, final int offset, final int length)
    {
        // Every frame written is received: the link layer counts runts and oversize frames as receive errors.
        receive(machine.pool().acquireCopy(buffer, offset, length), pollNow);
    }
}
