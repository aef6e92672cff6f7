package dev.nslab.bench.echo;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.wire.IcmpView;
import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.Simulation;
import dev.nslab.stack.ipv4.RawIcmpSocket;

/**
 * Drives ICMP echo round trips from one namespace through a raw ICMP socket, one at a time and entirely in virtual
 * time on the calling thread: build a request as ping would (64-byte ICMP message, 56 bytes of data), send it, run
 * the event loop until the matching reply is delivered back, stop. The remote kernel answers by itself.
 *
 * <p>It allocates nothing per round trip, so whatever a benchmark measures with {@code -prof gc} is the stack's.
 */
public final class EchoDriver implements RawIcmpSocket.Receiver, AutoCloseable
{
    /** ping's default: 56 data bytes, an 84-byte IP packet, a 98-byte Ethernet frame. */
    public static final int DATA_LENGTH = 56;
    private static final int MESSAGE_LENGTH = IcmpView.HEADER_LENGTH + DATA_LENGTH;
    private static final int TTL = 64;

    private final Simulation simulation;
    private final RawIcmpSocket socket;
    private final int source;
    private final int destination;
    private final int identifier;
    private final IcmpView request = new IcmpView();
    private final IcmpView reply = new IcmpView();

    private int sequence;
    private boolean replied;
    private long roundTrips;

    /**
     * @param from        the namespace that sends the requests and gets the replies.
     * @param source      the source address of the requests (one of {@code from}'s).
     * @param destination the address to ping.
     * @param identifier  the echo identifier, as ping's would be its port.
     */
    public EchoDriver(final NetNamespace from, final int source, final int destination, final int identifier)
    {
        this.simulation = from.simulation();
        this.source = source;
        this.destination = destination;
        this.identifier = identifier & 0xFFFF;
        this.socket = new RawIcmpSocket(from.ipv4(), this);
    }

    /**
     * One echo request out and its reply back.
     *
     * @return the virtual time when the reply arrived.
     * @throws IllegalStateException when the simulation went idle without the reply (a broken topology).
     */
    public long roundTrip()
    {
        final int sequence = (this.sequence + 1) & 0xFFFF;
        this.sequence = sequence;
        final Frame frame = socket.pool().acquire().reset(MESSAGE_LENGTH);
        final byte[] buffer = frame.buffer();
        final int offset = frame.offset();
        final int dataOffset = offset + IcmpView.HEADER_LENGTH;
        for (int i = 0; i < DATA_LENGTH; i++)
        {
            buffer[dataOffset + i] = (byte) (sequence + i);
        }
        request.wrap(buffer, offset).type(IcmpView.TYPE_ECHO_REQUEST).code(0).identifier(identifier)
            .sequence(sequence).updateChecksum(MESSAGE_LENGTH);
        replied = false;
        if (!socket.send(frame, source, destination, TTL))
        {
            throw new IllegalStateException("no route to the echo destination");
        }
        // The receiver stops the loop at the reply; running "until idle" never reaches idle while timers wait.
        simulation.runUntilIdle();
        if (!replied)
        {
            throw new IllegalStateException("echo " + sequence + " got no reply");
        }
        roundTrips++;
        return simulation.now();
    }

    /** @return round trips completed. */
    public long roundTrips()
    {
        return roundTrips;
    }

    @Override
    public void onIcmp(final Frame packet, final long now)
    {
        final byte[] buffer = packet.buffer();
        final int ipOffset = packet.offset();
        final int headerLength = (buffer[ipOffset] & 0x0F) * 4;
        final IcmpView reply = this.reply.wrap(buffer, ipOffset + headerLength);
        if (reply.type() == IcmpView.TYPE_ECHO_REPLY && reply.identifier() == identifier
            && reply.sequence() == sequence)
        {
            replied = true;
            simulation.loop().requestStop();
        }
    }

    @Override
    public void close()
    {
        socket.close();
    }
}
