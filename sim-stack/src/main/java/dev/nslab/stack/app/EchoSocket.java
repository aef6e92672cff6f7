package dev.nslab.stack.app;

import dev.nslab.core.frame.Frame;
import dev.nslab.stack.sock.SendStatus;

/**
 * One family's part of ping (ping4_* or ping6_* of iputils): its startup on a raw ICMP socket, how an echo request
 * is written and sent, and what of the socket's input reaches {@link Ping}'s family-neutral loop. Simulation
 * thread only.
 */
interface EchoSocket
{
    /**
     * The startup after the command line: bind, the probe connect(), its warnings; on success the socket is open
     * and the listener has heard {@link PingListener#started(PingAddress, int)}.
     *
     * @return null when ping may start sending, else where and why it failed.
     */
    PingResult.StartupFailure start(int ident);

    /** @return the source the startup chose (what {@code from} prints; unspecified when it chose none). */
    PingAddress source();

    /** @return with {@code -I DEV}: the source is not one of that device's addresses. */
    boolean sourceOffDevice();

    /**
     * Writes the echo request's ICMP header (type, code, identifier, sequence; the checksum as the family has it)
     * in front of the data the message holds, and sends it (taken over).
     */
    SendStatus send(Frame message, int sequence, long now);

    /** @return the MTU of the last {@link SendStatus#MESSAGE_TOO_LONG}. */
    int localErrorMtu();

    void close();
}
