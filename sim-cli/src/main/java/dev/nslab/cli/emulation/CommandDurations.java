package dev.nslab.cli.emulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How long each kind of scenario command takes in wall time on the kernel backend's machine, which the simulator
 * passes in virtual time between commands: what runs in the background (IPv6's first MLD report some 10 ms after a
 * link came up, the link watch's second, a namespace's cleanup) is then as far along when the next command looks.
 * They are a property of the machine and its load, not of Linux: {@code nslab diff} and {@code nslab fuzz} measure
 * them in the sandbox before they compare ({@code KernelCalibration}), and a golden keeps those of its recording.
 *
 * @param commandNs      an {@code ip}, {@code bridge}, {@code sysctl}, {@code iptables} ... command: fork, exec, a
 *                       netlink exchange or two, exit.
 * @param netnsExecNs    what each {@code ip netns exec} around a command adds (its fork, setns, sysfs remount, exec).
 * @param pingNs         a ping's wall time besides its probes and waits (socket set-up, the first send, the exit).
 * @param deviceMoveNs   what a successful move of a device to another namespace adds: the RCU grace periods of
 *                       dev_change_net_namespace (synchronize_net).
 * @param deviceDeleteNs what a successful {@code ip link delete} adds: unregister_netdevice's grace periods.
 */
public record CommandDurations(long commandNs, long netnsExecNs, long pingNs, long deviceMoveNs, long deviceDeleteNs)
{
    /** The keys of {@link #parse} and {@link #toString()}, in the components' order; before the constant it checks. */
    private static final String[] KEYS = {"command", "netns-exec", "ping", "device-move", "device-delete"};

    /**
     * Measured in the sandbox on 2026-12-02 with ping -D stamps (2 runs of 20 or 40 each): an {@code ip} or
     * {@code bridge} command 2.0 to 3.9 ms, each {@code ip netns exec} around it 1.5 ms more, ping -c 1 of an
     * answering address 5.2 to 5.5 ms in all, a move 27 ms and a delete 22 ms. The goldens recorded before
     * durations were kept with them were recorded on machines this fits; {@code nslab run} uses it too.
     */
    public static final CommandDurations RECORDED_2026_12_02 =
        new CommandDurations(2_500_000L, 1_500_000L, 5_000_000L, 27_000_000L, 22_000_000L);

    /** Every duration is at least zero: a command never ends before it starts. */
    public CommandDurations
    {
        requireNotNegative(commandNs, KEYS[0]);
        requireNotNegative(netnsExecNs, KEYS[1]);
        requireNotNegative(pingNs, KEYS[2]);
        requireNotNegative(deviceMoveNs, KEYS[3]);
        requireNotNegative(deviceDeleteNs, KEYS[4]);
    }

    /**
     * Reads what {@link #toString()} writes: {@code command=2.5ms netns-exec=1.5ms ping=5ms device-move=27ms
     * device-delete=22ms}, keys in any order, separated by spaces or commas, each given once; units {@code ms} or
     * {@code us}, to the microsecond. Keys left out keep {@link #RECORDED_2026_12_02}'s value.
     *
     * @throws IllegalArgumentException naming what is wrong.
     */
    public static CommandDurations parse(final String text)
    {
        final Map<String, Long> values = new LinkedHashMap<>();
        for (final String item : text.trim().split("[,\\s]+"))
        {
            if (item.isEmpty())
            {
                continue;
            }
            final int equals = item.indexOf('=');
            if (equals < 0)
            {
                throw new IllegalArgumentException("'" + item + "' is not KEY=DURATION (keys: " + String.join(", ",
                    KEYS) + ")");
            }
            final String key = item.substring(0, equals);
            if (indexOf(key) < 0)
            {
                throw new IllegalArgumentException("unknown command duration '" + key + "' (keys: "
                    + String.join(", ", KEYS) + ")");
            }
            if (values.put(key, nanoseconds(item.substring(equals + 1), key)) != null)
            {
                throw new IllegalArgumentException("command duration '" + key + "' given twice");
            }
        }
        final long[] chosen = RECORDED_2026_12_02.values();
        values.forEach((key, value) -> chosen[indexOf(key)] = value);
        return new CommandDurations(chosen[0], chosen[1], chosen[2], chosen[3], chosen[4]);
    }

    /** @return {@code command=2.5ms netns-exec=1.5ms ping=5ms device-move=27ms device-delete=22ms}. */
    @Override
    public String toString()
    {
        final long[] values = values();
        final StringBuilder text = new StringBuilder();
        for (int i = 0; i < KEYS.length; i++)
        {
            text.append(i == 0 ? "" : " ").append(KEYS[i]).append('=').append(milliseconds(values[i])).append("ms");
        }
        return text.toString();
    }

    private long[] values()
    {
        return new long[] {commandNs, netnsExecNs, pingNs, deviceMoveNs, deviceDeleteNs};
    }

    private static int indexOf(final String key)
    {
        for (int i = 0; i < KEYS.length; i++)
        {
            if (KEYS[i].equals(key))
            {
                return i;
            }
        }
        return -1;
    }

    private static long nanoseconds(final String text, final String key)
    {
        final String lower = text.toLowerCase(Locale.ROOT);
        final long unitNs;
        final String number;
        if (lower.endsWith("ms"))
        {
            unitNs = 1_000_000L;
            number = lower.substring(0, lower.length() - 2);
        }
        else if (lower.endsWith("us"))
        {
            unitNs = 1_000L;
            number = lower.substring(0, lower.length() - 2);
        }
        else
        {
            throw new IllegalArgumentException("command duration '" + key + "': '" + text + "' needs a unit, ms or us");
        }
        try
        {
            final BigDecimal ns = new BigDecimal(number).multiply(BigDecimal.valueOf(unitNs));
            if (ns.signum() < 0 || ns.compareTo(BigDecimal.valueOf(10_000_000_000L)) > 0)
            {
                throw new IllegalArgumentException("command duration '" + key + "': " + text
                    + " is outside 0 to 10 s");
            }
            return ns.setScale(-3, RoundingMode.HALF_UP).longValueExact();
        }
        catch (final NumberFormatException | ArithmeticException e)
        {
            throw new IllegalArgumentException("command duration '" + key + "': '" + text + "' is not a number");
        }
    }

    private static String milliseconds(final long ns)
    {
        return BigDecimal.valueOf(ns / 1_000L, 3).stripTrailingZeros().toPlainString();
    }

    private static void requireNotNegative(final long ns, final String key)
    {
        if (ns < 0)
        {
            throw new IllegalArgumentException("command duration '" + key + "' is negative: " + ns + " ns");
        }
    }
}
