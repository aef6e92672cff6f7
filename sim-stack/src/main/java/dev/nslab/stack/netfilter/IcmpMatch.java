package dev.nslab.stack.netfilter;

/**
 * {@code -m icmp [!] --icmp-type TYPE[/CODE]} (xt_icmp): type 255 is "any"; a name stands for a type and a code
 * range (echo-request is 8 with codes 0-255). Like the kernel's icmp_match, a non-first fragment never matches and
 * a header too short to read is dropped there (here: not matched).
 */
public record IcmpMatch(int type, int codeMin, int codeMax, boolean inverted) implements RuleMatch
{
    /** The type iptables writes for {@code --icmp-type any}. */
    public static final int ANY = 0xFF;

    @Override
    public boolean matches(final MatchedPacket packet)
    {
        if (packet.fragmentOffset != 0 || packet.transportLength < 2)
        {
            return false;
        }
        final int packetType = packet.buffer[packet.transportOffset] & 0xFF;
        final int packetCode = packet.buffer[packet.transportOffset + 1] & 0xFF;
        final boolean hit = type == ANY || packetType == type && packetCode >= codeMin && packetCode <= codeMax;
        return hit != inverted;
    }
}
