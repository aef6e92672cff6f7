package dev.nslab.stack.link;

import dev.nslab.core.frame.Frame;

/** A protocol's receive function for one ethertype (struct packet_type's func), given frames at its header. */
@FunctionalInterface
public interface PacketHandler
{
    /**
     * Takes a frame that arrived on {@code device}; the handler owns it from here.
     *
     * @param toDeviceAddress true when the frame was sent to the device's own MAC (PACKET_HOST by address)
     */
    void receive(NetDevice device, Frame frame, boolean toDeviceAddress, long now);
}
