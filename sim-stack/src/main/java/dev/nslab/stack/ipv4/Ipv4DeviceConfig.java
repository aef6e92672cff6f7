package dev.nslab.stack.ipv4;

/**
 * One set of {@code net.ipv4.conf.*} settings (struct ipv4_devconf): a device's (in_device->cnf), or a namespace's
 * {@code all} or {@code default}. Values are the ints the kernel stores; any int is accepted (proc_dointvec) and
 * read back as written. Each device's set also keeps the kernel's per-setting state bits (cnf->state): a bit is set
 * once the device's own value was written, or for every setting once an IPv4 address is added to the device or the
 * loopback comes up (ipv4_devconf_setall); writes to {@code default} reach only the devices whose bit is clear
 * (devinet_copy_dflt_conf). Simulation thread only.
 */
public final class Ipv4DeviceConfig
{
    /** How the kernel handles a write (net/ipv4/devinet.c's ctl_table entries). */
    enum Handler
    {
        /** devinet_conf_proc: sets the state bit; a write to {@code default} is copied to devices without it. */
        CONF,
        /** devinet_sysctl_forward: a changed {@code all} is copied to every device and {@code default}. */
        FORWARD,
        /** ipv4_doint_and_flush: stored, nothing else (no state bit, no copy from {@code default}). */
        FLUSH
    }

    /**
     * The settings nslab models, by their /proc/sys names, with the values a new namespace's {@code all} and
     * {@code default} have (ipv4_devconf: 1 for the redirect settings and shared_media, else 0).
     */
    public enum Setting
    {
        /** IN_DEV_FORWARD: the input device's own value decides whether a packet may be forwarded. */
        FORWARDING("forwarding", Handler.FORWARD),
        /** IN_DEV_RPFILTER, max(all, dev): 0 off, 1 strict, other values loose reverse-path filtering. */
        RP_FILTER("rp_filter", Handler.CONF),
        /** IN_DEV_ACCEPT_LOCAL, all || dev: accept packets whose source is one of our addresses. */
        ACCEPT_LOCAL("accept_local", Handler.CONF),
        /** IN_DEV_PROXY_ARP, all || dev: answer ARP for addresses routed through another device. */
        PROXY_ARP("proxy_arp", Handler.CONF),
        /** IN_DEV_ARPFILTER, all || dev: answer ARP only if the reply would leave through this device. */
        ARP_FILTER("arp_filter", Handler.CONF),
        /** IN_DEV_ARP_ANNOUNCE, max(all, dev): which source address ARP requests announce. */
        ARP_ANNOUNCE("arp_announce", Handler.CONF),
        /** IN_DEV_ARP_IGNORE, max(all, dev): which ARP requests for local addresses get an answer. */
        ARP_IGNORE("arp_ignore", Handler.CONF),
        /** IN_DEV_PROMOTE_SECONDARIES, all || dev: deleting a primary promotes its first secondary. */
        PROMOTE_SECONDARIES("promote_secondaries", Handler.FLUSH),
        /** IN_DEV_LOG_MARTIANS, all || dev: martians go to the kernel log, which nslab does not have. */
        LOG_MARTIANS("log_martians", Handler.CONF),
        /** IN_DEV_TX_REDIRECTS, all || dev: a packet forwarded out of the device it came in on earns a redirect. */
        SEND_REDIRECTS("send_redirects", Handler.CONF, 1),
        /**
         * IN_DEV_RX_REDIRECTS: a redirect is taken, with all && dev on a forwarding device and all || dev on
         * another; writing {@code all.forwarding} sets {@code all}'s to the opposite (inet_forward_change).
         */
        ACCEPT_REDIRECTS("accept_redirects", Handler.CONF, 1),
        /** IN_DEV_SEC_REDIRECTS, all || dev: without shared_media, a new gateway must be a route's gateway. */
        SECURE_REDIRECTS("secure_redirects", Handler.CONF, 1),
        /** IN_DEV_SHARED_MEDIA, all || dev: the link may hold hosts of other subnets (redirects to them go). */
        SHARED_MEDIA("shared_media", Handler.CONF, 1);

        private final String procName;
        final Handler handler;
        private final int initial;

        Setting(final String procName, final Handler handler)
        {
            this(procName, handler, 0);
        }

        Setting(final String procName, final Handler handler, final int initial)
        {
            this.procName = procName;
            this.handler = handler;
            this.initial = initial;
        }

        /** @return the file name under {@code /proc/sys/net/ipv4/conf/DEV/}. */
        public String procName()
        {
            return procName;
        }

        /** @return the setting of this /proc/sys name, or null. */
        public static Setting byProcName(final String name)
        {
            for (final Setting setting : values())
            {
                if (setting.procName.equals(name))
                {
                    return setting;
                }
            }
            return null;
        }
    }

    private static final int COUNT = Setting.values().length;
    /** What a new namespace's {@code all} and {@code default} hold, shared by every set until its first write. */
    private static final int[] INITIAL = initialValues();

    static
    {
        if (COUNT > Long.SIZE)
        {
            throw new AssertionError("the state bits of " + COUNT + " settings do not fit a long");
        }
    }

    /**
     * The values, shared copy-on-write: a new namespace's sets and every device's copy of {@code default} point at
     * the same array until one of them is written, as nearly all never are.
     */
    private int[] values = INITIAL;
    /** True while {@link #values} may be another set's too, so that a write must copy it first. */
    private boolean shared = true;
    /** The state bits, one per setting by ordinal. */
    private long explicitlySet;

    /** A namespace's {@code all} or {@code default} as a new namespace has them. */
    Ipv4DeviceConfig()
    {
    }

    private static int[] initialValues()
    {
        final int[] initial = new int[COUNT];
        for (final Setting setting : Setting.values())
        {
            initial[setting.ordinal()] = setting.initial;
        }
        return initial;
    }

    /** @return the value as {@code sysctl} reads it. */
    public int get(final Setting setting)
    {
        return values[setting.ordinal()];
    }

    /** Stores a value, nothing else: the caller applies the write's handler ({@link Ipv4Sysctls#write}). */
    void set(final Setting setting, final int value)
    {
        if (shared)
        {
            if (values[setting.ordinal()] == value)
            {
                return;
            }
            values = values.clone();
            shared = false;
        }
        values[setting.ordinal()] = value;
    }

    boolean isExplicitlySet(final Setting setting)
    {
        return (explicitlySet & 1L << setting.ordinal()) != 0;
    }

    void markExplicitlySet(final Setting setting)
    {
        explicitlySet |= 1L << setting.ordinal();
    }

    /** ipv4_devconf_setall: every state bit, so that {@code default} no longer reaches this device. */
    void markAllExplicitlySet()
    {
        explicitlySet = -1L;
    }

    /** inetdev_init: a new device's settings are a copy of {@code default}'s values, with no state bit. */
    Ipv4DeviceConfig copyValues()
    {
        final Ipv4DeviceConfig copy = new Ipv4DeviceConfig();
        copy.values = values;
        shared = true;
        return copy;
    }
}
