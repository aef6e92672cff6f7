package dev.nslab.stack.netfilter;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.wire.Checksum;
import dev.nslab.stack.netfilter.Connection.TupleNode;

/**
 * nf_conntrack_in and __nf_conntrack_confirm for IPv4: each packet entering the namespace (PREROUTING) or made in it
 * (OUTPUT) is given its connection and what it is to it ({@link ConntrackInfo}); a new connection enters the
 * {@link ConnectionTable} when its first packet reaches POSTROUTING or INPUT.
 *
 * <p>What is tracked, as nf_conntrack_proto_icmp.c and nf_conntrack_proto_udp.c do it: ICMP queries by their
 * identifier (echo, timestamp, information and address-mask requests open a connection, their replies answer it;
 * anything else alone is INVALID), ICMP errors as RELATED to the connection they quote (the quoted tuple inverted
 * must be found, and the error must go to that direction's destination; else INVALID and untracked), UDP by ports,
 * other protocols by addresses (the generic tracker). ICMP checksums are checked at PREROUTING
 * (nf_conntrack_checksum). TCP is not tracked here (nslab carries no TCP): its packets are INVALID.
 *
 * <p>Allocation-free in steady state: tuples are compared field by field, entries come from the table's pool.
 */
final class ConnectionTracker
{
    private static final int ICMP = 1;
    private static final int TCP = 6;
    private static final int UDP = 17;
    /** NR_ICMP_TYPES: anything above is "invalid icmp type". */
    private static final int HIGHEST_ICMP_TYPE = 18;
    private static final long UDP_STREAM_AFTER_NS = 2_000_000_000L;

    private final ConnectionTable table;
    /** Packets found INVALID (the "invalid" statistic). */
    long invalid;

    ConnectionTracker(final ConnectionTable table)
    {
        this.table = table;
    }

    ConnectionTable table()
    {
        return table;
    }

    /**
     * nf_conntrack_in: attaches the packet's connection and its ctinfo to the frame (none: INVALID).
     *
     * @param preRouting whether the packet arrived (its ICMP checksum is checked) rather than was made here.
     * @return false when the packet must be dropped (a new connection and a full table).
     */
    boolean track(final Frame packet, final boolean preRouting, final long now)
    {
        packet.detachConntrack();
        final byte[] buffer = packet.buffer();
        final int offset = packet.offset();
        final int headerLength = (buffer[offset] & 0x0F) * 4;
        final int transport = offset + headerLength;
        final int transportLength = packet.length() - headerLength;
        final int protocol = buffer[offset + 9] & 0xFF;
        if ((((buffer[offset + 6] & 0x3F) << 8) | (buffer[offset + 7] & 0xFF)) != 0)
        {
            // A fragment: the kernel tracks the datagram nf_defrag_ipv4 reassembled first, which nslab does later.
            invalid++;
            return true;
        }
        final int source = readInt(buffer, offset + 12);
        final int destination = readInt(buffer, offset + 16);
        final int sourceKey;
        final int destinationKey;
        int replySourceKey = 0;
        int replyDestinationKey = 0;
        switch (protocol)
        {
            case ICMP ->
            {
                if (transportLength < 8
                    || preRouting && !packet.checksumUnnecessary && !Checksum.verify(buffer, transport, transportLength))
                {
                    invalid++;
                    return true;
                }
                final int type = buffer[transport] & 0xFF;
                if (type > HIGHEST_ICMP_TYPE)
                {
                    invalid++;
                    return true;
                }
                if (isError(type))
                {
                    related(packet, buffer, transport, transportLength, destination, now);
                    return true;
                }
                final int code = buffer[transport + 1] & 0xFF;
                sourceKey = u16(buffer, transport + 4);
                destinationKey = type << 8 | code;
                final int inverse = inverseQuery(type);
                replySourceKey = sourceKey;
                replyDestinationKey = inverse < 0 ? -1 : inverse << 8 | code;
            }
            case UDP ->
            {
                if (transportLength < 8)
                {
                    invalid++;
                    return true;
                }
                sourceKey = u16(buffer, transport);
                destinationKey = u16(buffer, transport + 2);
                replySourceKey = destinationKey;
                replyDestinationKey = sourceKey;
            }
            case TCP ->
            {
                invalid++;
                return true;
            }
            default ->
            {
                sourceKey = 0;
                destinationKey = 0;
            }
        }
        final TupleNode found = table.find(protocol, source, destination, sourceKey, destinationKey, now);
        final Connection connection;
        final int info;
        if (found != null)
        {
            connection = found.owner;
            info = found.direction == 1 ? ConntrackInfo.ESTABLISHED_REPLY
                : connection.seenReply() ? ConntrackInfo.ESTABLISHED : ConntrackInfo.NEW;
        }
        else
        {
            if (protocol == ICMP && (replyDestinationKey < 0 || !opensConnection(destinationKey >> 8)))
            {
                // icmp_invert_tuple fails, or nf_conntrack_icmp_packet: "Can't create a new ICMP `conn' with this".
                invalid++;
                return true;
            }
            connection = table.allocate(now);
            if (connection == null)
            {
                return false;
            }
            connection.protocol = protocol;
            connection.tuples[0].set(source, destination, sourceKey, destinationKey);
            connection.tuples[1].set(destination, source, replySourceKey, replyDestinationKey);
            connection.streamAfterNs = now + UDP_STREAM_AFTER_NS;
            info = ConntrackInfo.NEW;
        }
        refresh(connection, now);
        if (info == ConntrackInfo.ESTABLISHED_REPLY)
        {
            connection.status |= Connection.SEEN_REPLY;
        }
        attach(packet, connection, info);
        return true;
    }

    /** The protocol's packet function: how long the connection lives from this packet on. */
    private void refresh(final Connection connection, final long now)
    {
        switch (connection.protocol)
        {
            case ICMP -> table.refresh(connection, table.icmpTimeoutNs, now);
            case UDP ->
            {
                if (connection.seenReply() && now - connection.streamAfterNs > 0)
                {
                    table.refresh(connection, table.udpStreamTimeoutNs, now);
                    connection.status |= Connection.ASSURED;
                }
                else
                {
                    table.refresh(connection, table.udpTimeoutNs, now);
                }
            }
            default -> table.refresh(connection, table.genericTimeoutNs, now);
        }
    }

    /**
     * nf_conntrack_inet_error: the packet quoted after the ICMP header, its tuple inverted, must belong to a live
     * connection whose tuple of that direction goes to the error's destination; then the error is RELATED to it.
     */
    private void related(final Frame packet, final byte[] buffer, final int transport, final int transportLength,
        final int outerDestination, final long now)
    {
        final int inner = transport + 8;
        final int available = transportLength - 8;
        if (available < 20)
        {
            invalid++;
            return;
        }
        final int innerHeaderLength = (buffer[inner] & 0x0F) * 4;
        final int innerProtocol = buffer[inner + 9] & 0xFF;
        final int innerSource = readInt(buffer, inner + 12);
        final int innerDestination = readInt(buffer, inner + 16);
        final int innerTransport = inner + innerHeaderLength;
        final int innerAvailable = available - innerHeaderLength;
        final int sourceKey;
        final int destinationKey;
        switch (innerProtocol)
        {
            case ICMP ->
            {
                final int inverse = innerAvailable < 8 ? -1 : inverseQuery(buffer[innerTransport] & 0xFF);
                if (inverse < 0)
                {
                    invalid++;
                    return;
                }
                sourceKey = u16(buffer, innerTransport + 4);
                destinationKey = inverse << 8 | buffer[innerTransport + 1] & 0xFF;
            }
            case UDP ->
            {
                if (innerAvailable < 4)
                {
                    invalid++;
                    return;
                }
                sourceKey = u16(buffer, innerTransport + 2);
                destinationKey = u16(buffer, innerTransport);
            }
            case TCP ->
            {
                invalid++;
                return;
            }
            default ->
            {
                sourceKey = 0;
                destinationKey = 0;
            }
        }
        final TupleNode found = table.find(innerProtocol, innerDestination, innerSource, sourceKey, destinationKey,
            now);
        if (found == null || found.destination != outerDestination)
        {
            invalid++;
            return;
        }
        attach(packet, found.owner, found.direction == 1 ? ConntrackInfo.RELATED_REPLY : ConntrackInfo.RELATED);
    }

    /**
     * __nf_conntrack_confirm at POSTROUTING and INPUT: a new connection goes into the table.
     *
     * @return false when it could not (the packet is dropped).
     */
    boolean confirm(final Frame packet, final long now)
    {
        if (packet.conntrack() instanceof Connection connection && (connection.status & Connection.CONFIRMED) == 0)
        {
            if (!table.confirm(connection, now))
            {
                packet.detachConntrack();
                return false;
            }
        }
        return true;
    }

    /** nf_ct_set: the packet holds the entry. */
    private static void attach(final Frame packet, final Connection connection, final int info)
    {
        connection.references++;
        packet.attachConntrack(connection, info);
    }

    /** icmp_is_err: destination unreachable, source quench, redirect, time exceeded, parameter problem. */
    static boolean isError(final int type)
    {
        return type == 3 || type == 4 || type == 5 || type == 11 || type == 12;
    }

    /** icmp_invert_tuple's invmap: a query's answer and the answer's query; -1 for the rest. */
    static int inverseQuery(final int type)
    {
        return switch (type)
        {
            case 8 -> 0;
            case 0 -> 8;
            case 13 -> 14;
            case 14 -> 13;
            case 15 -> 16;
            case 16 -> 15;
            case 17 -> 18;
            case 18 -> 17;
            default -> -1;
        };
    }

    /** valid_new: the ICMP types that open a connection. */
    private static boolean opensConnection(final int type)
    {
        return type == 8 || type == 13 || type == 15 || type == 17;
    }

    static int readInt(final byte[] buffer, final int offset)
    {
        return (buffer[offset] & 0xFF) << 24 | (buffer[offset + 1] & 0xFF) << 16 | (buffer[offset + 2] & 0xFF) << 8
            | buffer[offset + 3] & 0xFF;
    }

    static int u16(final byte[] buffer, final int offset)
    {
        return (buffer[offset] & 0xFF) << 8 | buffer[offset + 1] & 0xFF;
    }
}
