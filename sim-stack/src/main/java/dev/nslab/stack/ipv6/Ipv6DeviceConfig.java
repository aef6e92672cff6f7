package dev.nslab.stack.ipv6;

import dev.nslab.core.time.KernelTimers;

/**
 * {@code net.ipv6.conf.{all,default,DEV}} (struct ipv6_devconf): the settings addrconf, DAD, router solicitation
 * and MLD read, with a new namespace's values as measured on the kernel (IPV6.md section 1). Times are kept as
 * the kernel keeps them, in jiffies.
 */
public final class Ipv6DeviceConfig
{
    public int forwarding;
    public int hopLimit = 64;
    public int acceptRa = 1;
    public int acceptDad = 1;
    public int dadTransmits = 1;
    public int enhancedDad = 1;
    /** router_solicitations: -1 sends them for ever. */
    public int routerSolicitations = -1;
    public long routerSolicitationDelayJiffies = KernelTimers.HZ;
    public long routerSolicitationIntervalJiffies = 4L * KernelTimers.HZ;
    public long routerSolicitationMaxIntervalJiffies = 3600L * KernelTimers.HZ;
    public long mldv2UnsolicitedReportIntervalJiffies = KernelTimers.HZ;
    public int disableIpv6;
    public int keepAddrOnDown;
    public int addrGenMode;
    /**
     * Held by more than one owner (a namespace's default and the devices made from it, or every new namespace's
     * prototype): never written; the owner that writes takes a copy first ({@link Ipv6Sysctls#writableAll},
     * {@link Ipv6Sysctls#writableDefaults}, {@link Ipv6Device#writableConfig}). Most namespaces never write one,
     * and then all their devices' settings cost nothing per device.
     */
    boolean shared;

    /** @return net.ipv6.conf.all as a new namespace has it (all.accept_dad is 0 there, default's is 1). */
    static Ipv6DeviceConfig all()
    {
        final Ipv6DeviceConfig all = new Ipv6DeviceConfig();
        all.acceptDad = 0;
        return all;
    }

    /** @return a copy, as ipv6_add_dev copies the namespace's default into a new inet6_dev. */
    /** @return this object, from now on shared: a writer copies it first. */
    Ipv6DeviceConfig share()
    {
        shared = true;
        return this;
    }

    /** @return a copy that nobody else holds. */
    public Ipv6DeviceConfig copy()
    {
        final Ipv6DeviceConfig copy = new Ipv6DeviceConfig();
        copy.forwarding = forwarding;
        copy.hopLimit = hopLimit;
        copy.acceptRa = acceptRa;
        copy.acceptDad = acceptDad;
        copy.dadTransmits = dadTransmits;
        copy.enhancedDad = enhancedDad;
        copy.routerSolicitations = routerSolicitations;
        copy.routerSolicitationDelayJiffies = routerSolicitationDelayJiffies;
        copy.routerSolicitationIntervalJiffies = routerSolicitationIntervalJiffies;
        copy.routerSolicitationMaxIntervalJiffies = routerSolicitationMaxIntervalJiffies;
        copy.mldv2UnsolicitedReportIntervalJiffies = mldv2UnsolicitedReportIntervalJiffies;
        copy.disableIpv6 = disableIpv6;
        copy.keepAddrOnDown = keepAddrOnDown;
        copy.addrGenMode = addrGenMode;
        return copy;
    }

    /** @return ipv6_accept_ra: a router takes advertisements (and so solicits them) only with accept_ra 2. */
    boolean acceptsRouterAdvertisements()
    {
        return forwarding != 0 ? acceptRa == 2 : acceptRa != 0;
    }
}
