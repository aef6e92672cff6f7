package dev.nslab.stack.ipv6;

/**
 * A namespace's {@code net.ipv6.conf.all} and {@code net.ipv6.conf.default}, as a new namespace has them. A
 * namespace starts with the shared prototypes and takes its own copy of one when it first writes it.
 */
public final class Ipv6Sysctls
{
    private static final Ipv6DeviceConfig ALL_PROTOTYPE = Ipv6DeviceConfig.all().share();
    private static final Ipv6DeviceConfig DEFAULT_PROTOTYPE = new Ipv6DeviceConfig().share();
    /** What a loopback starts with while default is unchanged: default, with accept_dad -1 (ipv6_add_dev). */
    private static final Ipv6DeviceConfig LOOPBACK_PROTOTYPE = loopbackOf(DEFAULT_PROTOTYPE).share();

    private Ipv6DeviceConfig all = ALL_PROTOTYPE;
    private Ipv6DeviceConfig defaults = DEFAULT_PROTOTYPE;

    /** @return net.ipv6.conf.all, to read: some settings (accept_dad, enhanced_dad, forwarding) count for every device. */
    public Ipv6DeviceConfig all()
    {
        return all;
    }

    /** @return net.ipv6.conf.default, to read: what a device registered in the namespace starts with. */
    public Ipv6DeviceConfig defaults()
    {
        return defaults;
    }

    /** @return net.ipv6.conf.all, to write. */
    public Ipv6DeviceConfig writableAll()
    {
        if (all.shared)
        {
            all = all.copy();
        }
        return all;
    }

    /** @return net.ipv6.conf.default, to write (devices made before keep what they took). */
    public Ipv6DeviceConfig writableDefaults()
    {
        if (defaults.shared)
        {
            defaults = defaults.copy();
        }
        return defaults;
    }

    /** @return the settings a new device takes: default, shared with it until either is written. */
    Ipv6DeviceConfig forNewDevice(final boolean loopback)
    {
        if (!loopback)
        {
            return defaults.share();
        }
        return defaults == DEFAULT_PROTOTYPE ? LOOPBACK_PROTOTYPE : loopbackOf(defaults);
    }

    private static Ipv6DeviceConfig loopbackOf(final Ipv6DeviceConfig defaults)
    {
        final Ipv6DeviceConfig loopback = defaults.copy();
        loopback.acceptDad = -1;
        return loopback;
    }
}
