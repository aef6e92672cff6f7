package dev.nslab.stack.app;

import dev.nslab.core.wire.Ipv4View;
import dev.nslab.stack.ipv4.PmtuDiscovery;
import dev.nslab.stack.link.NetDevice;

/**
 * The options of iputils ping that the simulation models ({@code -c -i -W -w -t -s -q -I -l -M -Q -p -O}), with
 * ping's defaults.
 */
public final class PingOptions
{
    int destination;
    /** An IPv6 target ({@link #toIpv6}): its address, and the device its scope names ({@code ADDR%DEV}). */
    boolean ipv6;
    long destinationHigh;
    long destinationLow;
    NetDevice scopeDevice;
    /** {@code -I ADDRESS} of an IPv6 ping. */
    boolean hasSource6;
    long sourceHigh;
    long sourceLow;
    String hostname;
    long count;
    long intervalMs = 1000;
    long deadlineS;
    long lingerMs = 10_000;
    int ttl = -1;
    int dataLength = 56;
    boolean quiet;
    NetDevice device;
    int sourceAddress;
    int preload = 1;
    long interruptAfterNs = Long.MAX_VALUE;
    PmtuDiscovery pmtuDiscovery = PmtuDiscovery.WANT;
    /** No -M was given (ping6 then does not fragment what it sends to a group). */
    boolean pmtuDiscoveryDefault = true;
    int tos;
    byte[] pattern;
    boolean reportOutstanding;

    /** @param destination the target, a dotted quad. */
    public static PingOptions to(final String destination)
    {
        return to(Ipv4View.parse(destination), destination);
    }

    /**
     * @param destination the target address.
     * @param hostname    the target as the user typed it (printed in the header and the statistics line).
     */
    public static PingOptions to(final int destination, final String hostname)
    {
        final PingOptions options = new PingOptions();
        options.destination = destination;
        options.hostname = hostname;
        return options;
    }

    /**
     * @param high     the IPv6 target's first 64 bits.
     * @param low      its last 64 bits.
     * @param hostname the target as the user typed it.
     */
    public static PingOptions toIpv6(final long high, final long low, final String hostname)
    {
        final PingOptions options = new PingOptions();
        options.ipv6 = true;
        options.destinationHigh = high;
        options.destinationLow = low;
        options.hostname = hostname;
        return options;
    }

    /** The scope of a link-local IPv6 target ({@code fe80::2%veth0}): the device its packets leave by. */
    public PingOptions scopeDevice(final NetDevice device)
    {
        this.scopeDevice = device;
        return this;
    }

    /** {@code -I ADDRESS} for an IPv6 ping. */
    public PingOptions sourceAddress6(final long high, final long low)
    {
        this.hasSource6 = true;
        this.sourceHigh = high;
        this.sourceLow = low;
        return this;
    }

    /** @return whether the target is an IPv6 address. */
    public boolean isIpv6()
    {
        return ipv6;
    }

    public long destinationHigh()
    {
        return destinationHigh;
    }

    public long destinationLow()
    {
        return destinationLow;
    }

    public NetDevice scopeDevice()
    {
        return scopeDevice;
    }

    /** {@code -c}: stop after this many replies (0: no limit). */
    public PingOptions count(final long count)
    {
        this.count = count;
        return this;
    }

    /** {@code -i}: milliseconds between sends. */
    public PingOptions intervalMs(final long intervalMs)
    {
        this.intervalMs = intervalMs;
        return this;
    }

    /** {@code -w}: seconds after which ping stops whatever happened. */
    public PingOptions deadlineS(final long deadlineS)
    {
        this.deadlineS = deadlineS;
        return this;
    }

    /** {@code -W}: how long to wait after the last send when nothing came back, in milliseconds. */
    public PingOptions lingerMs(final long lingerMs)
    {
        this.lingerMs = lingerMs;
        return this;
    }

    /** {@code -t}. */
    public PingOptions ttl(final int ttl)
    {
        this.ttl = ttl;
        return this;
    }

    /** {@code -s}: ICMP data bytes. */
    public PingOptions dataLength(final int dataLength)
    {
        this.dataLength = dataLength;
        return this;
    }

    /** {@code -q}. */
    public PingOptions quiet(final boolean quiet)
    {
        this.quiet = quiet;
        return this;
    }

    /** {@code -I DEV}. */
    public PingOptions device(final NetDevice device)
    {
        this.device = device;
        return this;
    }

    /** {@code -I ADDR}. */
    public PingOptions sourceAddress(final int sourceAddress)
    {
        this.sourceAddress = sourceAddress;
        return this;
    }

    /** {@code -l}. */
    public PingOptions preload(final int preload)
    {
        this.preload = preload;
        return this;
    }

    /** {@code -M do|want|dont}: IP_MTU_DISCOVER; without it a raw socket has WANT. */
    public PingOptions pmtuDiscovery(final PmtuDiscovery pmtuDiscovery)
    {
        this.pmtuDiscovery = pmtuDiscovery;
        this.pmtuDiscoveryDefault = false;
        return this;
    }

    /** {@code -Q}: IP_TOS, the type-of-service byte of every echo request. */
    public PingOptions tos(final int tos)
    {
        this.tos = tos;
        return this;
    }

    /**
     * {@code -p}: the data bytes, as iputils' fill() lays the pattern out (its first 16 bytes are still overwritten
     * by the send time when the data is long enough to carry it).
     */
    public PingOptions pattern(final byte[] pattern)
    {
        this.pattern = pattern.clone();
        return this;
    }

    /** {@code -O}: before each send, report the previous sequence if no reply came for it. */
    public PingOptions reportOutstanding(final boolean reportOutstanding)
    {
        this.reportOutstanding = reportOutstanding;
        return this;
    }

    /** Ends the run as Ctrl+C would, this long after it started. */
    public PingOptions interruptAfterNs(final long interruptAfterNs)
    {
        this.interruptAfterNs = interruptAfterNs;
        return this;
    }

    public int destination()
    {
        return destination;
    }

    public String hostname()
    {
        return hostname;
    }

    public int dataLength()
    {
        return dataLength;
    }

    public boolean quiet()
    {
        return quiet;
    }

    public NetDevice device()
    {
        return device;
    }

    public long intervalMs()
    {
        return intervalMs;
    }

    public long count()
    {
        return count;
    }

    public long deadlineS()
    {
        return deadlineS;
    }
}
