package dev.nslab.stack.netfilter;

import java.util.SplittableRandom;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.wire.Checksum;
import dev.nslab.stack.netfilter.Connection.TupleNode;

/**
 * NAT as nf_nat_core.c and nf_nat_proto.c do it for IPv4: a connection's first packet sets up its binding at each
 * manipulation (destination at PREROUTING and OUTPUT, source at INPUT and POSTROUTING) from the nat table's verdict
 * (get_unique_tuple: the address given, the packet's own identifier or port unless another connection already
 * answers to the resulting reply tuple; then another from a random offset for a source mapping, as
 * nf_nat_l4proto_unique_tuple does); the binding lives in the connection's reply tuple. Every packet is then
 * rewritten (nf_nat_packet: the address, the ICMP query identifier, UDP ports) with its checksums updated
 * incrementally (RFC 1624), and an ICMP error RELATED to a mapped connection has the packet it quotes translated back
 * and its outer address rewritten (nf_nat_icmp_reply_translation, the ICMP checksum computed anew).
 */
final class Nat
{
    private static final int ICMP = 1;
    private static final int UDP = 17;
    /** NF_NAT_MAX_ATTEMPTS. */
    private static final int MAX_ATTEMPTS = 128;

    private final ConnectionTable table;
    private final SplittableRandom random;
    // The candidate original tuple, while a binding is being chosen (no allocation).
    private int candidateSource;
    private int candidateDestination;
    private int candidateSourceKey;
    private int candidateDestinationKey;

    Nat(final ConnectionTable table, final SplittableRandom random)
    {
        this.table = table;
        this.random = random;
    }

    /** @return whether the connection's mapping for this manipulation is decided (nf_nat_initialized). */
    static boolean initialized(final Connection connection, final boolean sourceManip)
    {
        return (connection.status & (sourceManip ? Connection.SRC_NAT_DONE : Connection.DST_NAT_DONE)) != 0;
    }

    /** nf_nat_alloc_null_binding, or the end of any setup: the decision is made. */
    static void markInitialized(final Connection connection, final boolean sourceManip)
    {
        connection.status |= sourceManip ? Connection.SRC_NAT_DONE : Connection.DST_NAT_DONE;
    }

    /**
     * nf_nat_setup_info: the connection's original tuple as it now stands, mapped to {@code address} (and
     * {@code port} for a DNAT, -1 for none), made unique; the reply tuple becomes its inverse.
     */
    void setup(final Connection connection, final boolean sourceManip, final int address, final int port,
        final long now)
    {
        final int protocol = connection.protocol;
        final TupleNode reply = connection.tuples[1];
        // The current original tuple: the inverse of the reply one (earlier mappings included).
        final int currentSource = reply.destination;
        final int currentDestination = reply.source;
        final int currentSourceKey = invertedSourceKey(protocol, reply);
        final int currentDestinationKey = invertedDestinationKey(protocol, reply);
        candidateSource = sourceManip ? address : currentSource;
        candidateDestination = sourceManip ? currentDestination : address;
        candidateSourceKey = currentSourceKey;
        candidateDestinationKey = !sourceManip && port >= 0 && protocol == UDP ? port : currentDestinationKey;
        if (used(connection, now))
        {
            makeUnique(connection, sourceManip, now);
        }
        markInitialized(connection, sourceManip);
        if (candidateSource == currentSource && candidateDestination == currentDestination
            && candidateSourceKey == currentSourceKey && candidateDestinationKey == currentDestinationKey)
        {
            return;
        }
        final int replySourceKey;
        final int replyDestinationKey;
        if (protocol == ICMP)
        {
            replySourceKey = candidateSourceKey;
            replyDestinationKey = ConnectionTracker.inverseQuery(candidateDestinationKey >> 8) << 8
                | candidateDestinationKey & 0xFF;
        }
        else
        {
            replySourceKey = candidateDestinationKey;
            replyDestinationKey = candidateSourceKey;
        }
        reply.set(candidateDestination, candidateSource, replySourceKey, replyDestinationKey);
        connection.status |= sourceManip ? Connection.SRC_NAT : Connection.DST_NAT;
    }

    /** nf_nat_used_tuple: another connection already answers to the candidate's reply tuple. */
    private boolean used(final Connection connection, final long now)
    {
        final int protocol = connection.protocol;
        if (protocol == ICMP)
        {
            final int inverse = ConnectionTracker.inverseQuery(candidateDestinationKey >> 8);
            return table.taken(protocol, candidateDestination, candidateSource, candidateSourceKey,
                inverse << 8 | candidateDestinationKey & 0xFF, connection, now);
        }
        return table.taken(protocol, candidateDestination, candidateSource, candidateDestinationKey,
            candidateSourceKey, connection, now);
    }

    /**
     * nf_nat_l4proto_unique_tuple: the ICMP identifier over its whole range, a UDP source port within its class
     * (1-511, 600-1023 or 1024-65535); from a random offset for a source mapping, from 0 for a destination one, at
     * most {@link #MAX_ATTEMPTS} tries. A destination mapping keeps UDP ports (it cannot change them).
     */
    private void makeUnique(final Connection connection, final boolean sourceManip, final long now)
    {
        final int min;
        final int size;
        if (connection.protocol == ICMP)
        {
            min = 0;
            size = 65536;
        }
        else if (connection.protocol == UDP && sourceManip)
        {
            final int port = candidateSourceKey;
            min = port < 512 ? 1 : port < 1024 ? 600 : 1024;
            size = port < 512 ? 511 : port < 1024 ? 424 : 64512;
        }
        else
        {
            return;
        }
        int offset = sourceManip ? random.nextInt(0x10000) : 0;
        for (int attempt = 0; attempt < Math.min(size, MAX_ATTEMPTS); attempt++, offset++)
        {
            candidateSourceKey = min + Integer.remainderUnsigned(offset, size);
            if (!used(connection, now))
            {
                return;
            }
        }
    }

    // --------------------------------------------------------------------------------------------- rewriting

    /** nf_nat_packet: rewrites the packet when the connection maps this manipulation in its direction. */
    static void apply(final Connection connection, final int info, final boolean sourceManip, final Frame packet)
    {
        final int direction = ConntrackInfo.direction(info);
        if (!mapped(connection, sourceManip, direction))
        {
            return;
        }
        final TupleNode other = connection.tuples[1 - direction];
        final int protocol = connection.protocol;
        final int address = sourceManip ? other.destination : other.source;
        final int key = protocol == ICMP ? other.sourceKey : sourceManip ? other.destinationKey : other.sourceKey;
        manip(packet.buffer(), packet.offset(), packet.length(), sourceManip, address, key);
    }

    /** nf_nat_icmp_reply_translation: an error RELATED to a mapped connection, its quoted packet mapped back. */
    static void translateIcmpError(final Connection connection, final int info, final boolean sourceManip,
        final Frame packet)
    {
        final int direction = ConntrackInfo.direction(info);
        if (!mapped(connection, sourceManip, direction))
        {
            return;
        }
        final byte[] buffer = packet.buffer();
        final int offset = packet.offset();
        final int headerLength = (buffer[offset] & 0x0F) * 4;
        final int transport = offset + headerLength;
        final int transportLength = packet.length() - headerLength;
        final TupleNode other = connection.tuples[1 - direction];
        final boolean innerSourceManip = !sourceManip;
        final int protocol = connection.protocol;
        // The quoted packet travelled the other way: it gets the other direction's tuple itself.
        final int innerAddress = innerSourceManip ? other.source : other.destination;
        final int innerKey = protocol == ICMP ? other.sourceKey
            : innerSourceManip ? other.sourceKey : other.destinationKey;
        manip(buffer, transport + 8, transportLength - 8, innerSourceManip, innerAddress, innerKey);
        buffer[transport + 2] = 0;
        buffer[transport + 3] = 0;
        final int checksum = Checksum.compute(buffer, transport, transportLength);
        buffer[transport + 2] = (byte) (checksum >>> 8);
        buffer[transport + 3] = (byte) checksum;
        // The error itself, as a reply to the connection would be addressed.
        rewriteAddress(buffer, offset, sourceManip, sourceManip ? other.destination : other.source, -1);
    }

    /** Whether the connection's status has the manipulation for that direction (the reply inverts it). */
    private static boolean mapped(final Connection connection, final boolean sourceManip, final int direction)
    {
        int bit = sourceManip ? Connection.SRC_NAT : Connection.DST_NAT;
        if (direction == 1)
        {
            bit ^= Connection.SRC_NAT | Connection.DST_NAT;
        }
        return (connection.status & bit) != 0;
    }

    /**
     * nf_nat_ipv4_manip_pkt on the IP packet at {@code ip} ({@code length} bytes there, perhaps cut short inside
     * an ICMP error): the address, then the ICMP query's identifier or the UDP port, with the checksums.
     */
    private static void manip(final byte[] buffer, final int ip, final int length, final boolean sourceManip,
        final int address, final int key)
    {
        if (length < 20)
        {
            return;
        }
        final int headerLength = (buffer[ip] & 0x0F) * 4;
        final int transport = ip + headerLength;
        final int available = length - headerLength;
        final int protocol = buffer[ip + 9] & 0xFF;
        int transportChecksum = -1;
        if (protocol == ICMP && available >= 8 && isQuery(buffer[transport] & 0xFF))
        {
            final int oldId = ConnectionTracker.u16(buffer, transport + 4);
            adjust(buffer, transport + 2, oldId, key);
            writeU16(buffer, transport + 4, key);
        }
        else if (protocol == UDP && available >= 8)
        {
            final int portOffset = transport + (sourceManip ? 0 : 2);
            final boolean checksummed = ConnectionTracker.u16(buffer, transport + 6) != 0;
            if (checksummed)
            {
                adjust(buffer, transport + 6, ConnectionTracker.u16(buffer, portOffset), key);
                transportChecksum = transport + 6;
            }
            writeU16(buffer, portOffset, key);
        }
        rewriteAddress(buffer, ip, sourceManip, address, transportChecksum);
    }

    /** The source or destination address, the IP checksum and (at {@code pseudoChecksum}, if not -1) UDP's. */
    private static void rewriteAddress(final byte[] buffer, final int ip, final boolean source, final int address,
        final int pseudoChecksum)
    {
        final int field = ip + (source ? 12 : 16);
        final int old = ConnectionTracker.readInt(buffer, field);
        adjust(buffer, ip + 10, old >>> 16, address >>> 16);
        adjust(buffer, ip + 10, old & 0xFFFF, address & 0xFFFF);
        if (pseudoChecksum >= 0)
        {
            adjust(buffer, pseudoChecksum, old >>> 16, address >>> 16);
            adjust(buffer, pseudoChecksum, old & 0xFFFF, address & 0xFFFF);
            if (ConnectionTracker.u16(buffer, pseudoChecksum) == 0)
            {
                writeU16(buffer, pseudoChecksum, 0xFFFF); // CSUM_MANGLED_0
            }
        }
        buffer[field] = (byte) (address >>> 24);
        buffer[field + 1] = (byte) (address >>> 16);
        buffer[field + 2] = (byte) (address >>> 8);
        buffer[field + 3] = (byte) address;
    }

    private static void adjust(final byte[] buffer, final int checksumOffset, final int oldWord, final int newWord)
    {
        writeU16(buffer, checksumOffset,
            Checksum.adjust(ConnectionTracker.u16(buffer, checksumOffset), oldWord & 0xFFFF, newWord & 0xFFFF));
    }

    private static void writeU16(final byte[] buffer, final int offset, final int value)
    {
        buffer[offset] = (byte) (value >>> 8);
        buffer[offset + 1] = (byte) value;
    }

    /** icmp_manip_pkt's switch: only the query messages carry an identifier to map. */
    private static boolean isQuery(final int type)
    {
        return ConnectionTracker.inverseQuery(type) >= 0;
    }

    private static int invertedSourceKey(final int protocol, final TupleNode tuple)
    {
        return protocol == ICMP ? tuple.sourceKey : tuple.destinationKey;
    }

    private static int invertedDestinationKey(final int protocol, final TupleNode tuple)
    {
        if (protocol == ICMP)
        {
            return ConnectionTracker.inverseQuery(tuple.destinationKey >> 8) << 8 | tuple.destinationKey & 0xFF;
        }
        return tuple.sourceKey;
    }
}
