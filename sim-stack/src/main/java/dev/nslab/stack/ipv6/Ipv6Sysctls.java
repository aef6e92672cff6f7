package dev.nslab.stack.ipv6;

/** A namespace's {@code net.ipv6.conf.all} and {@code net.ipv6.conf.default}, as a new namespace has them. */
public final class Ipv6Sysctls
{
    private final Ipv6DeviceConfig all = Ipv6DeviceConfig.all();
    private final Ipv6DeviceConfig defaults = new Ipv6DeviceConfig();

    /** @return net.ipv6.conf.all: some settings (accept_dad, enhanced_dad, forwarding) count for every device. */
    public Ipv6DeviceConfig all()
    {
        return all;
    }

    /** @return net.ipv6.conf.default: what a device registered in the namespace starts with. */
    public Ipv6DeviceConfig defaults()
    {
        return defaults;
    }
}
