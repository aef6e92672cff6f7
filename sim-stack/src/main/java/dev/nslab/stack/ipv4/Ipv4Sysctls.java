package dev.nslab.stack.ipv4;

import dev.nslab.stack.ipv4.Ipv4DeviceConfig.Setting;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.neigh.NeighbourParameters;

/**
 * The per-namespace sysctls the simulation models (net.ipv4.*), with the kernel's defaults, and the rules by which
 * the kernel combines the {@code net.ipv4.conf.{all,default,DEV}} settings (include/linux/inetdevice.h's IN_DEV_*
 * macros) and handles writes to them (net/ipv4/devinet.c).
 *
 * <p>A new namespace starts from the settings of the machine's initial namespace (devconf_inherit_init_net 0),
 * which nslab takes to be the kernel's defaults. The simulation's host namespace is not that initial namespace: it
 * stands for the kernel backend's sandbox, a namespace of its own, so what a scenario writes there is not inherited
 * by the namespaces it adds, on either backend.
 */
public final class Ipv4Sysctls
{
    /** net.ipv4.conf.all (its forwarding is net.ipv4.ip_forward). */
    private final Ipv4DeviceConfig all = new Ipv4DeviceConfig();
    /** net.ipv4.conf.default: what a device registered in the namespace starts with. */
    private final Ipv4DeviceConfig defaults = new Ipv4DeviceConfig();
    /** net.ipv4.icmp_echo_ignore_all. */
    public boolean icmpEchoIgnoreAll;
    /** net.ipv4.icmp_echo_ignore_broadcasts. */
    public boolean icmpEchoIgnoreBroadcasts = true;
    /** net.ipv4.ip_default_ttl. */
    public int defaultTtl = 64;
    /** net.ipv4.neigh.default.*: copied into each device registered in the namespace. */
    public final NeighbourParameters neighbourDefaults = NeighbourParameters.DEFAULTS;
    /** The namespace whose devices {@code all} and {@code default} writes reach; set when it is made. */
    Ipv4Namespace namespace;

    /** @return net.ipv4.conf.all. */
    public Ipv4DeviceConfig all()
    {
        return all;
    }

    /** @return net.ipv4.conf.default. */
    public Ipv4DeviceConfig defaults()
    {
        return defaults;
    }

    /** @return true when net.ipv4.ip_forward (conf.all.forwarding) is non-zero. */
    public boolean ipForward()
    {
        return all.get(Setting.FORWARDING) != 0;
    }

    /** Writes net.ipv4.ip_forward: the same int as conf.all.forwarding, with its handler. */
    public void writeIpForward(final int value)
    {
        write(null, Setting.FORWARDING, value);
    }

    /** @return net.ipv4.ip_forward as read back: the integer last written. */
    public int readIpForward()
    {
        return all.get(Setting.FORWARDING);
    }

    /**
     * Writes {@code net.ipv4.conf.all.S} (device null), {@code net.ipv4.conf.DEV.S}, or, through
     * {@link #writeDefault}, {@code net.ipv4.conf.default.S}, with the kernel's handler for S:
     * <ul>
     * <li>forwarding (devinet_sysctl_forward): a changed {@code all} value goes to {@code default} and to every
     * device of the namespace, and sets {@code all.accept_redirects} to its opposite (inet_forward_change); a
     * device's or {@code default}'s own value changes only itself.</li>
     * <li>promote_secondaries (ipv4_doint_and_flush): stored.</li>
     * <li>the others (devinet_conf_proc): stored, and a device's write sets its state bit.</li>
     * </ul>
     */
    public void write(final NetDevice device, final Setting setting, final int value)
    {
        invalidateRoutes();
        final Ipv4DeviceConfig target = device == null ? all : Ipv4Device.of(device).config;
        final int old = target.get(setting);
        target.set(setting, value);
        if (setting.handler == Ipv4DeviceConfig.Handler.CONF && device != null)
        {
            target.markExplicitlySet(setting);
        }
        if (setting == Setting.FORWARDING && device == null && value != old)
        {
            // inet_forward_change: a router takes no redirects, a host does.
            all.set(Setting.ACCEPT_REDIRECTS, value != 0 ? 0 : 1);
            defaults.set(Setting.FORWARDING, value);
            if (namespace != null)
            {
                for (final NetDevice each : namespace.devicesInIndexOrder())
                {
                    Ipv4Device.of(each).config.set(Setting.FORWARDING, value);
                }
            }
        }
    }

    /** Writes {@code net.ipv4.conf.default.S}: devinet_conf_proc copies it to every device without its state bit. */
    public void writeDefault(final Setting setting, final int value)
    {
        invalidateRoutes();
        defaults.set(setting, value);
        if (setting.handler != Ipv4DeviceConfig.Handler.CONF || namespace == null)
        {
            return;
        }
        for (final NetDevice device : namespace.devicesInIndexOrder())
        {
            if (!Ipv4Device.of(device).config.isExplicitlySet(setting))
            {
                Ipv4Device.of(device).config.set(setting, value);
            }
        }
    }

    /** Route lookups read forwarding, rp_filter, accept_local and others: cached answers are stale now. */
    private void invalidateRoutes()
    {
        if (namespace != null)
        {
            namespace.fib.invalidateRoutes();
        }
    }

    /** IN_DEV_MAXCONF: the larger of {@code all}'s and the device's value. */
    int maxConf(final NetDevice device, final Setting setting)
    {
        return Math.max(all.get(setting), Ipv4Device.of(device).config.get(setting));
    }

    /** IN_DEV_ORCONF: {@code all}'s or the device's value is non-zero. */
    boolean orConf(final NetDevice device, final Setting setting)
    {
        return all.get(setting) != 0 || Ipv4Device.of(device).config.get(setting) != 0;
    }

    /** IN_DEV_ANDCONF: {@code all}'s and the device's values are both non-zero. */
    boolean andConf(final NetDevice device, final Setting setting)
    {
        return all.get(setting) != 0 && Ipv4Device.of(device).config.get(setting) != 0;
    }

    /** IN_DEV_FORWARD: the device's own forwarding value is non-zero. */
    static boolean forwards(final NetDevice device)
    {
        return Ipv4Device.of(device).config.get(Setting.FORWARDING) != 0;
    }

    /**
     * @return the settings of a namespace made now: the initial namespace's, taken to be the kernel's defaults
     *         (icmp_*, ip_default_ttl and neigh.default are per namespace and start from their defaults anyway).
     */
    public static Ipv4Sysctls forNewNamespace()
    {
        return new Ipv4Sysctls();
    }
}
