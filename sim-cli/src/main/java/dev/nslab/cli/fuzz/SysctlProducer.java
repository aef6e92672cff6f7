package dev.nslab.cli.fuzz;

import java.util.SplittableRandom;

import dev.nslab.cli.fuzz.World.Device;
import dev.nslab.cli.fuzz.World.Namespace;
import dev.nslab.cli.emulation.GateVocabulary;

/**
 * {@code sysctl [-w] [-n] [-q] [-e]} on the keys the simulator models (forwarding, the default TTL, echo ignores,
 * per-device conf and neighbour settings), dotted or with slashes, read and written, in and out of range; now and then a
 * {@code net.ipv4} key the kernel does not have. The keys come from the gate's list of modelled ones, each as likely as
 * the others.
 */
final class SysctlProducer implements Producer
{
    private static final String[] NEIGH_VALUES = {"0", "1", "3", "7", "100", "200", "1000", "1001", "30000"};
    private static final String[] CONF_VALUES = {"0", "1", "1", "2", "3", "8"};
    /** Keys the kernel does not have: both backends say they are absent (the gate refuses the ones it has). */
    private static final String[] ABSENT_KEYS = {"net.ipv4.no_such_setting", "net.ipv4.conf.all.no_such_setting",
        "net.ipv4.route.no_such_setting", "net.ipv4.neigh.lo.no_such_setting"};

    /** A value for the key: in range mostly, out of range or no number now and then. */
    private static String value(final String key, final SplittableRandom random)
    {
        if (key.contains(".neigh."))
        {
            return World.pick(random, NEIGH_VALUES);
        }
        if (key.contains(".conf."))
        {
            return World.pick(random, CONF_VALUES);
        }
        if (key.endsWith("ip_default_ttl"))
        {
            return World.pick(random, "1", "2", "32", "64", "255", "0", "256");
        }
        if (key.endsWith("ip_forward"))
        {
            return random.nextInt(5) == 0 ? World.pick(random, "2", "banana", "-1") : random.nextInt(4) == 0 ? "0"
                : "1";
        }
        return World.pick(random, "0", "1", "1", "2");
    }

    @Override
    public String area()
    {
        return "sysctl";
    }

    @Override
    public int weight(final World world)
    {
        return 14;
    }

    @Override
    public void produce(final World world, final Script script, final SplittableRandom random)
    {
        final Namespace namespace = World.pick(random, world.namespaces());
        final boolean read = random.nextInt(3) == 0;
        final int count = World.pick(random, 1, 1, 1, 2, 2, 3);
        final StringBuilder line = new StringBuilder("sysctl");
        if (random.nextInt(8) == 0)
        {
            line.append(' ').append(World.pick(random, "-q", "-e", "-n", "--quiet", "--values", "--ignore"));
        }
        if (!read && random.nextInt(4) != 0)
        {
            line.append(random.nextInt(10) == 0 ? " --write" : " -w");
        }
        for (int i = 0; i < count; i++)
        {
            line.append(' ').append(operand(world, namespace, random, read));
        }
        script.in(namespace, line.toString());
    }

    /** One key, or one setting, of the modelled keys dealt in turn, its device one of the namespace's. */
    private static String operand(final World world, final Namespace namespace, final SplittableRandom random,
        final boolean read)
    {
        final String key;
        final String value;
        if (random.nextInt(20) == 0)
        {
            key = World.pick(random, ABSENT_KEYS);
            value = "1";
        }
        else
        {
            final String template = world.deal("sysctl", GateVocabulary.sysctlKeys());
            key = template.replace("." + GateVocabulary.DEVICE + ".", "." + World.pick(random, namespace.devices).name
                + ".");
            value = value(template, random);
            final boolean forwarding = template.endsWith(".ip_forward")
                || template.equals("net.ipv4.conf.all.forwarding");
            if (!read && forwarding && (value.equals("1") || value.equals("0")))
            {
                namespace.forwarding = value.equals("1");
            }
        }
        final String written = random.nextInt(8) == 0 ? key.replace('.', '/') : key;
        return read ? written : written + "=" + value;
    }
}
