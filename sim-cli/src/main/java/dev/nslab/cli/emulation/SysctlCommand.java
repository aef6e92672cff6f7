package dev.nslab.cli.emulation;

import java.util.List;

import dev.nslab.stack.NetDevice;
import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.NeighbourParameters;
import dev.nslab.stack.Sysctls;

/**
 * procps {@code sysctl} over the keys the stack models: {@code net.ipv4.ip_forward} (and
 * {@code conf.all.forwarding}), {@code ip_default_ttl}, {@code icmp_echo_ignore_*}, and the neighbour settings
 * {@code net.ipv4.neigh.DEV.*} ({@code neigh.default} exists only in the machine's init_net, never in a sandbox).
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
     * @return true for a key nslab models the namespace of: {@code net.ipv4.*} in dotted or slash form, one
     *         separator throughout, each part a plain name (no {@code ..}, globs or white space), and not a
     *         directory of settings ({@code net.ipv4.conf}, {@code net.ipv4.neigh.DEV}, ...). Keys of it that the
     *         stack does not model read as absent, as on a kernel without them.
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
        if (parts.length < 3 || !parts[0].equals("net") || !parts[1].equals("ipv4"))
        {
            return false;
        }
        return switch (parts[2])
        {
            case "conf", "neigh" -> parts.length == 5;
            case "route" -> parts.length == 4;
            default -> parts.length == 3;
        };
    }

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
        final Long parsed = parseProcInteger(value);
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

    /** proc_dointvec: optional sign and decimal digits, within int range; null otherwise. */
    private static Long parseProcInteger(final String text)
    {
        if (!text.matches("[-+]?[0-9]+"))
        {
            return null;
        }
        try
        {
            final long value = Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
            return value < Integer.MIN_VALUE || value > Integer.MAX_VALUE ? null : value;
        }
        catch (final NumberFormatException e)
        {
            return null;
        }
    }

    /** One /proc/sys file the stack models. */
    private interface Setting
    {
        long read();

        /** @return false when the kernel refuses the value (EINVAL). */
        boolean write(long value);

        static Setting find(final String key, final NetNamespace namespace)
        {
            final Sysctls sysctls = namespace.sysctls();
            switch (key)
            {
                case "net.ipv4.ip_forward":
                    return new Setting()
                    {
                        @Override
                        public long read()
                        {
                            return sysctls.readIpForward();
                        }

                        @Override
                        public boolean write(final long value)
                        {
                            sysctls.writeIpForward((int) value);
                            return true;
                        }
                    };
                case "net.ipv4.conf.all.forwarding":
                    return flag(() -> sysctls.ipForward ? 1 : 0, value -> sysctls.writeIpForward(value != 0 ? 1 : 0));
                case "net.ipv4.ip_default_ttl":
                    return ranged(() -> sysctls.defaultTtl, value -> sysctls.defaultTtl = (int) value, 1, 255);
                case "net.ipv4.icmp_echo_ignore_all":
                    return flag(() -> sysctls.icmpEchoIgnoreAll ? 1 : 0, value -> sysctls.icmpEchoIgnoreAll = value != 0);
                case "net.ipv4.icmp_echo_ignore_broadcasts":
                    return flag(() -> sysctls.icmpEchoIgnoreBroadcasts ? 1 : 0,
                        value -> sysctls.icmpEchoIgnoreBroadcasts = value != 0);
                default:
                    return neighbourSetting(key, namespace);
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
            if (device == null)
            {
                return null;
            }
            final NeighbourParameters parameters = device.neighbourParameters();
            final long max = Integer.MAX_VALUE;
            return switch (key.substring(lastDot + 1))
            {
                case "mcast_solicit" -> ranged(() -> parameters.mcastSolicit, v -> parameters.mcastSolicit = (int) v, 0, max);
                case "ucast_solicit" -> ranged(() -> parameters.ucastSolicit, v -> parameters.ucastSolicit = (int) v, 0, max);
                case "app_solicit" -> ranged(() -> parameters.appSolicit, v -> parameters.appSolicit = (int) v, 0, max);
                case "mcast_resolicit" -> ranged(() -> parameters.mcastResolicit,
                    v -> parameters.mcastResolicit = (int) v, 0, max);
                case "retrans_time_ms" -> ranged(() -> parameters.retransTimeMs, v -> parameters.retransTimeMs = v, 0, max);
                case "retrans_time" -> ranged(() -> parameters.retransTimeMs / 10,
                    v -> parameters.retransTimeMs = v * 10, 0, max / 10);
                case "base_reachable_time_ms" -> ranged(() -> parameters.baseReachableTimeMs,
                    parameters::setBaseReachableTimeMs, 0, max);
                case "base_reachable_time" -> ranged(() -> parameters.baseReachableTimeMs / 1000,
                    v -> parameters.setBaseReachableTimeMs(v * 1000), 0, max / 1000);
                case "delay_first_probe_time" -> ranged(() -> parameters.delayFirstProbeTimeS,
                    v -> parameters.delayFirstProbeTimeS = v, 0, max / 1000);
                case "gc_stale_time" -> ranged(() -> parameters.gcStaleTimeS, v -> parameters.gcStaleTimeS = v, 0,
                    max / 1000);
                case "locktime" -> ranged(() -> parameters.locktimeMs / 10, v -> parameters.locktimeMs = v * 10, 0,
                    max / 10);
                case "unres_qlen" -> ranged(() -> parameters.unresolvedQueueLength,
                    v -> parameters.unresolvedQueueLength = (int) v, 0, max);
                default -> null;
            };
        }

        private static Setting flag(final java.util.function.LongSupplier reader,
            final java.util.function.LongConsumer writer)
        {
            return ranged(reader, writer, Integer.MIN_VALUE, Integer.MAX_VALUE);
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
