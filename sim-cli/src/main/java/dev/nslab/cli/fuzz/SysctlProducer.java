package dev.nslab.cli.fuzz;

import java.util.SplittableRandom;

import dev.nslab.cli.fuzz.World.Device;
import dev.nslab.cli.fuzz.World.Namespace;
import dev.nslab.stack.Ipv4DeviceConfig;

/**
 * {@code sysctl [-w] [-n] [-q] [-e]} on the keys the simulator models (forwarding, the default TTL, echo ignores,
 * per-device conf and neighbour settings), dotted or with slashes, read and written, in and out of range; now and then a
 * {@code net.ipv4} key the kernel does not have. The conf settings come from the stack's own table.
 */
final class SysctlProducer implements Producer
{
    private static final String[] NEIGH_KEYS = {"ucast_solicit", "mcast_solicit", "app_solicit", "mcast_resolicit",
        "retrans_time_ms", "retrans_time", "base_reachable_time_ms", "base_reachable_time", "delay_first_probe_time",
        "gc_stale_time", "locktime", "unres_qlen"};
    private static final String[] NEIGH_VALUES = {"0", "1", "3", "100", "200", "1000", "30000"};
    private static final String[] CONF_VALUES = {"0", "1", "1", "2", "3", "8"};
    /** Keys the kernel does not have: both backends say they are absent (the gate refuses the ones it has). */
    private static final String[] ABSENT_KEYS = {"net.ipv4.no_such_setting", "net.ipv4.conf.all.no_such_setting",
        "net.ipv4.route.no_such_setting", "net.ipv4.neigh.lo.no_such_setting"};

    @Override
    public String area()
    {
        return "sysctl";
    }

    @Override
    public int weight(final World world)
    {
        return 6;
    }

    @Override
    public void produce(final World world, final Script script, final SplittableRandom random)
    {
        final Namespace namespace = World.pick(random, world.namespaces());
        final int choice = random.nextInt(100);
        final String key;
        final String value;
        if (choice < 40)
        {
            key = random.nextInt(4) == 0 ? "net.ipv4.conf.all.forwarding" : "net.ipv4.ip_forward";
            value = random.nextInt(5) == 0 ? World.pick(random, "2", "banana", "-1") : random.nextInt(4) == 0 ? "0"
                : "1";
            if (value.equals("1") || value.equals("0"))
            {
                namespace.forwarding = value.equals("1");
            }
        }
        else if (choice < 55)
        {
            key = "net.ipv4.ip_default_ttl";
            value = World.pick(random, "1", "2", "32", "64", "255", "0", "256");
        }
        else if (choice < 65)
        {
            key = World.pick(random, "net.ipv4.icmp_echo_ignore_all", "net.ipv4.icmp_echo_ignore_broadcasts");
            value = World.pick(random, "0", "1", "1");
        }
        else if (choice < 75)
        {
            // net.ipv4.conf.{all,default,DEV}.SETTING, every setting the simulator models.
            final int where = random.nextInt(3);
            final String scope = where == 0 ? "all" : where == 1 ? "default" : World.pick(random, namespace.devices).name;
            key = "net.ipv4.conf." + scope + "." + World.pick(random, Ipv4DeviceConfig.Setting.values()).procName();
            value = World.pick(random, CONF_VALUES);
        }
        else if (choice < 95)
        {
            final Device device = World.pick(random, namespace.devices);
            key = "net.ipv4.neigh." + device.name + "." + World.pick(random, NEIGH_KEYS);
            value = World.pick(random, NEIGH_VALUES);
        }
        else
        {
            key = World.pick(random, ABSENT_KEYS);
            value = "1";
        }
        final String written = random.nextInt(8) == 0 ? key.replace('.', '/') : key;
        final StringBuilder line = new StringBuilder("sysctl");
        if (random.nextInt(8) == 0)
        {
            line.append(' ').append(World.pick(random, "-q", "-e", "-n", "--quiet", "--values", "--ignore"));
        }
        if (random.nextInt(3) == 0)
        {
            line.append(' ').append(written); // a read
        }
        else
        {
            if (random.nextInt(4) != 0)
            {
                line.append(random.nextInt(10) == 0 ? " --write" : " -w");
            }
            line.append(' ').append(written).append('=').append(value);
        }
        script.in(namespace, line.toString());
    }
}
