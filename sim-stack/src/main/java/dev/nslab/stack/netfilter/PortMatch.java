package dev.nslab.stack.netfilter;

/**
 * {@code -m tcp}/{@code -m udp} with {@code [!] --sport A[:B]} and {@code [!] --dport A[:B]} (xt_tcpudp): both
 * ranges must hold (an unset one is 0:65535). A non-first fragment or a header too short for the ports does not
 * match.
 *
 * @param protocol 6 (tcp) or 17 (udp): the match's name.
 */
public record PortMatch(int protocol, int sourceMin, int sourceMax, boolean sourceInverted, int destinationMin,
    int destinationMax, boolean destinationInverted) implements RuleMatch
{
    @Override
    public boolean matches(final MatchedPacket packet)
    {
        if (packet.fragmentOffset != 0 || packet.transportLength < 4)
        {
            return false;
        }
        final byte[] buffer = packet.buffer;
        final int transportOffset = packet.transportOffset;
        final int sourcePort = (buffer[transportOffset] & 0xFF) << 8 | buffer[transportOffset + 1] & 0xFF;
        final int destinationPort = (buffer[transportOffset + 2] & 0xFF) << 8 | buffer[transportOffset + 3] & 0xFF;
        return (sourcePort >= sourceMin && sourcePort <= sourceMax) != sourceInverted
            && (destinationPort >= destinationMin && destinationPort <= destinationMax) != destinationInverted;
    }

    /** @return whether {@code --sport} was given (a range other than 0:65535). */
    public boolean hasSource()
    {
        return sourceMin != 0 || sourceMax != 0xFFFF || sourceInverted;
    }

    /** @return whether {@code --dport} was given. */
    public boolean hasDestination()
    {
        return destinationMin != 0 || destinationMax != 0xFFFF || destinationInverted;
    }
}
