package dev.nslab.bench.echo;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.wire.Bytes;
import dev.nslab.core.wire.Ipv6View;
import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.Simulation;
import dev.nslab.stack.ipv6.Ipv6Address;
import dev.nslab.stack.ipv6.RawIcmpv6Endpoint;
import dev.nslab.stack.link.VethDevice;

/**
 * ICMPv6 echo round trips between two namespaces over a veth pair (fd00:1::1/64 and fd00:1::2/64, no DAD), one at a
 * time in virtual time, through a raw ICMPv6 socket as ping6's: the kernel side computes the checksum, picks the
 * source, resolves the neighbour, and the remote kernel answers. The IPv6 twin of {@link EchoDriver}, for the ratio
 * of the two families' cost; it allocates nothing per round trip either.
 */
public final class Echo6Driver implements RawIcmpv6Endpoint.Receiver, AutoCloseable
{
    private static final int MESSAGE_LENGTH = 8 + EchoDriver.DATA_LENGTH;
    private static final int ECHO_REQUEST = 128;
    private static final int ECHO_REPLY = 129;
    private static final int HOP_LIMIT = 64;
    private static final int WARM_UP_ROUND_TRIPS = 1_000;

    private final Simulation simulation;
    private final RawIcmpv6Endpoint socket;
    private final long destinationHigh;
    private final long destinationLow;
    private final int identifier;
    private int sequence;
    private boolean replied;

    private Echo6Driver(final NetNamespace from, final long[] destination, final int identifier)
    {
        this.simulation = from.simulation();
        this.destinationHigh = destination[0];
        this.destinationLow = destination[1];
        this.identifier = identifier & 0xFFFF;
        this.socket = new RawIcmpv6Endpoint(from.ipv6(), this, null, null);
        socket.open();
    }

    /** Builds the pair into {@code simulation} (capture, if any, set before) and warms it up. */
    public static Echo6Driver build(final Simulation simulation)
    {
        final NetNamespace a = simulation.addNamespace("a");
        final NetNamespace b = simulation.addNamespace("b");
        final VethDevice va = a.addVethPair("va", "vb", b);
        final VethDevice vb = va.peer();
        final long[] addressA = Ipv6Address.parse("fd00:1::1");
        final long[] addressB = Ipv6Address.parse("fd00:1::2");
        a.ipv6().addAddress(va, addressA[0], addressA[1], 64, true);
        b.ipv6().addAddress(vb, addressB[0], addressB[1], 64, true);
        a.setUp(a.loopback());
        b.setUp(b.loopback());
        a.setUp(va);
        b.setUp(vb);
        final Echo6Driver driver = new Echo6Driver(a, addressB, 0x4242);
        for (int i = 0; i < WARM_UP_ROUND_TRIPS; i++)
        {
            driver.roundTrip();
        }
        return driver;
    }

    /**
     * One echo request out and its reply back.
     *
     * @return the virtual time when the reply arrived.
     * @throws IllegalStateException when the simulation went idle without the reply.
     */
    public long roundTrip()
    {
        final int sequence = (this.sequence + 1) & 0xFFFF;
        this.sequence = sequence;
        final Frame frame = simulation.pool().acquire().reset(MESSAGE_LENGTH);
        final byte[] buffer = frame.buffer();
        final int offset = frame.offset();
        buffer[offset] = (byte) ECHO_REQUEST;
        buffer[offset + 1] = 0;
        Bytes.u16(buffer, offset + 2, 0);
        Bytes.u16(buffer, offset + 4, identifier);
        Bytes.u16(buffer, offset + 6, sequence);
        for (int i = 0; i < EchoDriver.DATA_LENGTH; i++)
        {
            buffer[offset + 8 + i] = (byte) (sequence + i);
        }
        replied = false;
        socket.send(frame, destinationHigh, destinationLow, null, false, 0, 0, HOP_LIMIT, false, simulation.now());
        simulation.runUntilIdle();
        if (!replied)
        {
            throw new IllegalStateException("echo " + sequence + " got no reply");
        }
        return simulation.now();
    }

    @Override
    public void onEchoReply(final Frame packet, final int inputIfindex, final long now)
    {
        final byte[] buffer = packet.buffer();
        final int icmp = packet.offset() + Ipv6View.HEADER_LENGTH;
        if ((buffer[icmp] & 0xFF) == ECHO_REPLY && Bytes.u16(buffer, icmp + 4) == identifier
            && Bytes.u16(buffer, icmp + 6) == sequence)
        {
            replied = true;
            simulation.loop().requestStop();
        }
    }

    @Override
    public void onError(final Frame packet, final int quotedIcmp, final int inputIfindex, final long now)
    {
        // An echo between two directly linked hosts has no error to hear of.
    }

    @Override
    public void close()
    {
        socket.close();
    }
}
