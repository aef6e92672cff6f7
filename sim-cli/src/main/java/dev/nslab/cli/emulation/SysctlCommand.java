package dev.nslab.cli.emulation;

import java.util.List;

import dev.nslab.core.time.KernelTimers;
import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.ipv4.Ipv4Device;
import dev.nslab.stack.ipv4.Ipv4DeviceConfig;
import dev.nslab.stack.ipv4.Ipv4Sysctls;
import dev.nslab.stack.ipv6.Ipv6Device;
import dev.nslab.stack.ipv6.Ipv6DeviceConfig;
import dev.nslab.stack.ipv6.Ipv6Namespace;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.neigh.NeighbourTable;

/**
 * procps {@code sysctl} over the keys the stack models: {@code net.ipv4.ip_forward}, {@code ip_default_ttl},
 * {@code icmp_echo_ignore_*}, the device settings {@code net.ipv4.conf.{all,default,DEV}.S} for the settings of
 * {@link Ipv4DeviceConfig.Setting} ({@code forwarding}, {@code rp_filter}, {@code accept_local}, {@code proxy_arp},
 * {@code arp_filter}, {@code arp_announce}, {@code arp_ignore}, {@code promote_secondaries}, {@code log_martians}),
 * and the neighbour settings {@code net.ipv4.neigh.DEV.*} ({@code neigh.default} exists only in the machine's
 * init_net, never in a sandbox). Values are read as the kernel's proc handlers read them (proc_dointvec: white
 * space, a minus sign, {@code 0x} hex and {@code 0} octal, within int; the {@code u8} settings take no sign).
 */
final class SysctlCommand
{
    private SysctlCommand()
    {
    }

    static int run(final List<String> arguments, final Invocation invocation)
    {
        final SysctlCommandLine commandLine = SysctlCommandLine.parse(arguments);
        final Flags flags = new Flags(commandLine.has("n"), commandLine.has("q"), commandLine.has("e"));
        final boolean write = commandLine.has("w");
        int exitCode = 0;
        for (final String argument : commandLine.operands())
        {
            final int equals = argument.indexOf('=');
            if (write || equals >= 0)
            {
                if (equals < 0)
                {
                    invocation.out().line("sysctl: command line(0): invalid syntax, continuing...");
                    exitCode |= 1;
                    continue;
                }
                final String key = argument.substring(0, equals).strip().replace('/', '.');
                final String value = argument.substring(equals + 1).strip();
                exitCode |= write(key, value, invocation, flags);
            }
            else
            {
                // procps adds up the failures of reads and ORs those of writes.
                exitCode += read(argument.replace('/', '.'), invocation, flags);
            }
        }
        return exitCode;
    }

    /** {@code -n}: values only; {@code -q}: writes print nothing; {@code -e}: absent keys are no error. */
    private record Flags(boolean valuesOnly, boolean quiet, boolean ignoreErrors)
    {
    }

    /**
     * @return true for a key the gate lets through: {@code net.ipv4.*} in dotted or slash form, one separator
     *         throughout, each part a plain name (no {@code ..}, globs or white space), not a directory of settings
     *         ({@code net.ipv4.conf}, {@code net.ipv4.neigh.DEV}, ...), and either modelled or absent from the
     *         kernel (see {@link KernelSysctlKeys}), so that both backends answer alike. The device part of
     *         {@code conf.DEV} and {@code neigh.DEV} is free: a device that does not exist is absent on both.
     */
    static boolean isEmulatedKey(final String key)
    {
        final int firstDot = key.indexOf('.');
        final int firstSlash = key.indexOf('/');
        final char separator = firstSlash >= 0 && (firstDot < 0 || firstSlash < firstDot) ? '/' : '.';
        final String[] parts = key.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1);
        for (final String part : parts)
        {
            if (part.isEmpty() || !part.matches("[A-Za-z0-9_:@+-]+"))
            {
                return false;
            }
        }
        if (parts.length == 5 && parts[0].equals("net") && parts[1].equals("ipv6") && parts[2].equals("conf"))
        {
            return IPV6_CONF_KEYS.contains(parts[4]);
        }
        if (parts.length < 3 || !parts[0].equals("net") || !parts[1].equals("ipv4"))
        {
            return false;
        }
        final String leaf = parts[parts.length - 1];
        return switch (parts[2])
        {
            case "conf" -> parts.length == 5
                && (Ipv4DeviceConfig.Setting.byProcName(leaf) != null || !KernelSysctlKeys.CONF.contains(leaf));
            case "neigh" -> parts.length == 5 && (NEIGHBOUR_KEYS.contains(leaf) || !KernelSysctlKeys.NEIGH.contains(leaf));
            case "route" -> parts.length == 4 && !KernelSysctlKeys.ROUTE.contains(leaf);
            default -> parts.length == 3 && (TOP_KEYS.contains(leaf) || !KernelSysctlKeys.TOP.contains(leaf));
        };
    }

    /**
     * The {@code net.ipv6.conf.{all,default,DEV}.NAME} keys modelled: what addrconf, DAD, router solicitation and
     * MLD read. Other IPv6 settings are refused until they are modelled.
     */
    static final java.util.Set<String> IPV6_CONF_KEYS = java.util.Set.of("forwarding", "disable_ipv6", "accept_dad",
        "dad_transmits", "router_solicitations", "router_solicitation_delay", "router_solicitation_interval",
        "router_solicitation_max_interval", "mldv2_unsolicited_report_interval");

    /** The {@code net.ipv4.NAME} keys modelled. */
    static final java.util.Set<String> TOP_KEYS = java.util.Set.of("ip_forward", "ip_default_ttl",
        "icmp_echo_ignore_all", "icmp_echo_ignore_broadcasts");

    /** The {@code net.ipv4.neigh.DEV.NAME} keys modelled. */
    static final java.util.Set<String> NEIGHBOUR_KEYS = java.util.Set.of("mcast_solicit", "ucast_solicit",
        "app_solicit", "mcast_resolicit", "retrans_time_ms", "retrans_time", "base_reachable_time_ms",
        "base_reachable_time", "delay_first_probe_time", "gc_stale_time", "locktime", "unres_qlen");

    private static int read(final String key, final Invocation invocation, final Flags flags)
    {
        final Setting setting = Setting.find(key, invocation.namespace());
        if (setting == null)
        {
            return cannotStat(key, invocation.out(), flags);
        }
        final String value = String.valueOf(setting.read());
        invocation.out().line(flags.valuesOnly() ? value : key + " = " + value);
        return 0;
    }

    private static int write(final String key, final String value, final Invocation invocation, final Flags flags)
    {
        final Setting setting = Setting.find(key, invocation.namespace());
        if (setting == null)
        {
            return cannotStat(key, invocation.out(), flags);
        }
        final Long parsed = parseProcInteger(value, setting.unsigned());
        if (parsed == null || !setting.write(parsed))
        {
            invocation.out().line("sysctl: setting key \"" + key + "\": Invalid argument");
            return 1;
        }
        if (!flags.quiet())
        {
            invocation.out().line(flags.valuesOnly() ? value : key + " = " + value);
        }
        return 0;
    }

    private static int cannotStat(final String key, final Output out, final Flags flags)
    {
        if (flags.ignoreErrors())
        {
            return 0;
        }
        out.line("sysctl: cannot stat /proc/sys/" + key.replace('.', '/') + ": No such file or directory");
        return 1;
    }

    /** proc_get_long's buffer: a number of this many characters (sign included) or more is refused. */
    private static final int PROC_NUMBER_LIMIT = 21;

    /**
     * proc_dointvec's reading of what sysctl writes: leading white space, an optional minus (refused for unsigned
     * settings), digits as strtoul reads them in base 0 ({@code 0x} hex, {@code 0} octal), then the end or white
     * space (what follows it is ignored); within int range. Null when the kernel says EINVAL.
     */
    static Long parseProcInteger(final String text, final boolean unsigned)
    {
        int position = 0;
        while (position < text.length() && Character.isWhitespace(text.charAt(position)))
        {
            position++;
        }
        final int start = position;
        final boolean negative = position < text.length() && text.charAt(position) == '-';
        if (negative)
        {
            position++;
        }
        if (position >= text.length() || text.charAt(position) < '0' || text.charAt(position) > '9'
            || (negative && unsigned))
        {
            return null;
        }
        final String window = text.substring(position, Math.min(text.length(), start + PROC_NUMBER_LIMIT));
        final long[] parsed = Inet.cStrtoul(window, 0);
        final int end = position + (int) parsed[1];
        if (parsed[2] != 0 || end - start >= PROC_NUMBER_LIMIT)
        {
            return null;
        }
        if (end < text.length() && " \t\n".indexOf(text.charAt(end)) < 0)
        {
            return null;
        }
        final long magnitude = parsed[0];
        if (Long.compareUnsigned(magnitude, negative ? 1L << 31 : Integer.MAX_VALUE) > 0)
        {
            return null;
        }
        return negative ? -magnitude : magnitude;
    }

    /** One /proc/sys file the stack models. */
    private interface Setting
    {
        long read();

        /** @return false when the kernel refuses the value (EINVAL). */
        boolean write(long value);

        /** @return true for proc_dou8vec_minmax settings, which take no sign. */
        default boolean unsigned()
        {
            return false;
        }

        static Setting find(final String key, final NetNamespace namespace)
        {
            final Ipv4Sysctls sysctls = namespace.sysctls();
            switch (key)
            {
                case "net.ipv4.ip_forward":
                    return ranged(sysctls::readIpForward, value -> sysctls.writeIpForward((int) value),
                        Integer.MIN_VALUE, Integer.MAX_VALUE);
                case "net.ipv4.ip_default_ttl":
                    return ranged(() -> sysctls.defaultTtl, value -> sysctls.defaultTtl = (int) value, 1, 255);
                case "net.ipv4.icmp_echo_ignore_all":
                    return u8Flag(() -> sysctls.icmpEchoIgnoreAll ? 1 : 0, value -> sysctls.icmpEchoIgnoreAll = value != 0);
                case "net.ipv4.icmp_echo_ignore_broadcasts":
                    return u8Flag(() -> sysctls.icmpEchoIgnoreBroadcasts ? 1 : 0,
                        value -> sysctls.icmpEchoIgnoreBroadcasts = value != 0);
                default:
                    if (key.startsWith("net.ipv6.conf."))
                    {
                        return ipv6DeviceSetting(key, namespace);
                    }
                    return key.startsWith("net.ipv4.conf.") ? deviceSetting(key, namespace)
                        : neighbourSetting(key, namespace);
            }
        }

        private static Setting neighbourSetting(final String key, final NetNamespace namespace)
        {
            final String prefix = "net.ipv4.neigh.";
            final int lastDot = key.lastIndexOf('.');
            if (!key.startsWith(prefix) || lastDot <= prefix.length())
            {
                return null;
            }
            final String owner = key.substring(prefix.length(), lastDot);
            // net.ipv4.neigh.default exists in the machine's init_net only; the kernel backend's sandbox, whose
            // initial namespace the simulation's host stands for, is a namespace of its own and has none.
            final NetDevice device = owner.equals("default") ? null : namespace.device(owner);
            if (device == null || !Ipv4Device.exists(device))
            {
                return null; // net.ipv4.neigh.DEV belongs to the in_device
            }
            // Read what the table holds now; write through the table, which takes its own copy of shared defaults.
            final NeighbourTable table = Ipv4Device.of(device).neighbours();
            final long max = Integer.MAX_VALUE;
            return switch (key.substring(lastDot + 1))
            {
                case "mcast_solicit" -> ranged(() -> table.parameters().mcastSolicit, v -> table.writableParameters().mcastSolicit = (int) v, 0, max);
                case "ucast_solicit" -> ranged(() -> table.parameters().ucastSolicit, v -> table.writableParameters().ucastSolicit = (int) v, 0, max);
                case "app_solicit" -> ranged(() -> table.parameters().appSolicit, v -> table.writableParameters().appSolicit = (int) v, 0, max);
                case "mcast_resolicit" -> ranged(() -> table.parameters().mcastResolicit,
                    v -> table.writableParameters().mcastResolicit = (int) v, 0, max);
                // The kernel keeps these in jiffies: a value written in ms or in USER_HZ ticks reads back rounded.
                case "retrans_time_ms" -> ranged(() -> table.parameters().retransTimeMs,
                    v -> table.writableParameters().retransTimeMs = KernelTimers.msAsKept(v), 0, max);
                case "retrans_time" -> ranged(() -> KernelTimers.msToClockTicks(table.parameters().retransTimeMs),
                    v -> table.writableParameters().retransTimeMs = KernelTimers.clockTicksToMsAsKept(v), 0,
                    max * KernelTimers.USER_HZ / KernelTimers.HZ);
                case "base_reachable_time_ms" -> ranged(() -> table.parameters().baseReachableTimeMs,
                    v -> table.writableParameters().setBaseReachableTimeMs(KernelTimers.msAsKept(v)), 0, max);
                case "base_reachable_time" -> ranged(() -> table.parameters().baseReachableTimeMs / 1000,
                    v -> table.writableParameters().setBaseReachableTimeMs(v * 1000), 0, max / 1000);
                case "delay_first_probe_time" -> ranged(() -> table.parameters().delayFirstProbeTimeS,
                    v -> table.writableParameters().delayFirstProbeTimeS = v, 0, max / 1000);
                case "gc_stale_time" -> ranged(() -> table.parameters().gcStaleTimeS, v -> table.writableParameters().gcStaleTimeS = v, 0,
                    max / 1000);
                case "locktime" -> ranged(() -> KernelTimers.msToClockTicks(table.parameters().locktimeMs),
                    v -> table.writableParameters().locktimeMs = KernelTimers.clockTicksToMsAsKept(v), 0,
                    max * KernelTimers.USER_HZ / KernelTimers.HZ);
                case "unres_qlen" -> ranged(() -> table.parameters().unresolvedQueueLength,
                    v -> table.writableParameters().unresolvedQueueLength = (int) v, 0, max);
                default -> null;
            };
        }

        /**
         * {@code net.ipv4.conf.OWNER.S}: OWNER {@code all}, {@code default} or a device of the namespace (lo too),
         * written with the kernel's handler for S (see {@link Ipv4Sysctls#write}).
         */
        private static Setting deviceSetting(final String key, final NetNamespace namespace)
        {
            final String prefix = "net.ipv4.conf.";
            final int lastDot = key.lastIndexOf('.');
            if (lastDot <= prefix.length())
            {
                return null;
            }
            final String owner = key.substring(prefix.length(), lastDot);
            final Ipv4DeviceConfig.Setting setting = Ipv4DeviceConfig.Setting.byProcName(key.substring(lastDot + 1));
            if (setting == null)
            {
                return null;
            }
            final Ipv4Sysctls sysctls = namespace.sysctls();
            final long min = Integer.MIN_VALUE;
            final long max = Integer.MAX_VALUE;
            switch (owner)
            {
                case "all":
                    return ranged(() -> sysctls.all().get(setting), v -> sysctls.write(null, setting, (int) v), min,
                        max);
                case "default":
                    return ranged(() -> sysctls.defaults().get(setting), v -> sysctls.writeDefault(setting, (int) v),
                        min, max);
                default:
                    final NetDevice device = namespace.device(owner);
                    if (device == null || !Ipv4Device.exists(device))
                    {
                        return null; // no in_device, no net.ipv4.conf.DEV
                    }
                    return ranged(() -> Ipv4Device.of(device).config().get(setting), v -> sysctls.write(device, setting, (int) v),
                        min, max);
            }
        }

        /**
         * {@code net.ipv6.conf.OWNER.S}: OWNER {@code all}, {@code default} or a device with IPv6 (none below 1280
         * bytes of MTU). Forwarding has addrconf_fixup_forwarding's effects; the times are kept in jiffies, written
         * in seconds (proc_dointvec_jiffies) or, for the MLD interval, in milliseconds (proc_dointvec_ms_jiffies).
         */
        private static Setting ipv6DeviceSetting(final String key, final NetNamespace namespace)
        {
            final String prefix = "net.ipv6.conf.";
            final int lastDot = key.lastIndexOf('.');
            if (lastDot <= prefix.length())
            {
                return null;
            }
            final String owner = key.substring(prefix.length(), lastDot);
            final Ipv6Namespace ipv6 = namespace.ipv6();
            final NetDevice device = owner.equals("all") || owner.equals("default") ? null : namespace.device(owner);
            // Read what the owner holds now; write through the owner, which takes its own copy of shared settings.
            final java.util.function.Supplier<Ipv6DeviceConfig> reading;
            final java.util.function.Supplier<Ipv6DeviceConfig> writing;
            if (owner.equals("all"))
            {
                reading = ipv6.sysctls()::all;
                writing = ipv6.sysctls()::writableAll;
            }
            else if (owner.equals("default"))
            {
                reading = ipv6.sysctls()::defaults;
                writing = ipv6.sysctls()::writableDefaults;
            }
            else
            {
                final Ipv6Device idev = device == null ? null : Ipv6Device.of(device);
                if (idev == null)
                {
                    return null;
                }
                reading = idev::config;
                writing = idev::writableConfig;
            }
            final long min = Integer.MIN_VALUE;
            final long max = Integer.MAX_VALUE;
            final long hz = KernelTimers.HZ;
            return switch (key.substring(lastDot + 1))
            {
                case "forwarding" -> ranged(() -> reading.get().forwarding, v ->
                {
                    if (owner.equals("all"))
                    {
                        ipv6.writeAllForwarding((int) v, namespace.devices());
                    }
                    else if (device == null)
                    {
                        writing.get().forwarding = (int) v;
                    }
                    else
                    {
                        ipv6.writeDeviceForwarding(device, (int) v);
                    }
                }, min, max);
                case "disable_ipv6" -> ranged(() -> reading.get().disableIpv6, v ->
                {
                    if (owner.equals("all"))
                    {
                        ipv6.writeAllDisableIpv6((int) v, namespace.devices());
                    }
                    else if (device == null)
                    {
                        writing.get().disableIpv6 = (int) v;
                    }
                    else
                    {
                        ipv6.writeDeviceDisableIpv6(device, (int) v);
                    }
                }, min, max);
                case "accept_dad" -> ranged(() -> reading.get().acceptDad, v -> writing.get().acceptDad = (int) v,
                    min, max);
                case "dad_transmits" -> ranged(() -> reading.get().dadTransmits,
                    v -> writing.get().dadTransmits = (int) v, min, max);
                case "router_solicitations" -> ranged(() -> reading.get().routerSolicitations,
                    v -> writing.get().routerSolicitations = (int) v, -1, max);
                case "router_solicitation_delay" -> ranged(() -> reading.get().routerSolicitationDelayJiffies / hz,
                    v -> writing.get().routerSolicitationDelayJiffies = v * hz, -max / hz, max / hz);
                case "router_solicitation_interval" -> ranged(
                    () -> reading.get().routerSolicitationIntervalJiffies / hz,
                    v -> writing.get().routerSolicitationIntervalJiffies = v * hz, -max / hz, max / hz);
                case "router_solicitation_max_interval" -> ranged(
                    () -> reading.get().routerSolicitationMaxIntervalJiffies / hz,
                    v -> writing.get().routerSolicitationMaxIntervalJiffies = v * hz, -max / hz, max / hz);
                case "mldv2_unsolicited_report_interval" -> ranged(
                    () -> reading.get().mldv2UnsolicitedReportIntervalJiffies * 1000 / hz,
                    v -> writing.get().mldv2UnsolicitedReportIntervalJiffies = KernelTimers.toJiffies(v * 1_000_000L),
                    0, max);
                default -> null;
            };
        }

        /** proc_dou8vec_minmax from 0 to 1. */
        private static Setting u8Flag(final java.util.function.LongSupplier reader,
            final java.util.function.LongConsumer writer)
        {
            final Setting ranged = ranged(reader, writer, 0, 1);
            return new Setting()
            {
                @Override
                public long read()
                {
                    return ranged.read();
                }

                @Override
                public boolean write(final long value)
                {
                    return ranged.write(value);
                }

                @Override
                public boolean unsigned()
                {
                    return true;
                }
            };
        }

        private static Setting ranged(final java.util.function.LongSupplier reader,
            final java.util.function.LongConsumer writer, final long min, final long max)
        {
            return new Setting()
            {
                @Override
                public long read()
                {
                    return reader.getAsLong();
                }

                @Override
                public boolean write(final long value)
                {
                    if (value < min || value > max)
                    {
                        return false;
                    }
                    writer.accept(value);
                    return true;
                }
            };
        }
    }
}
