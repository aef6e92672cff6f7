package dev.nslab.cli.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import dev.nslab.cli.fuzz.World.Device;
import dev.nslab.cli.fuzz.World.Namespace;

/**
 * {@code ping} with {@code -c -i -W -w -s -t -I -q -l -n -4 -M -p -Q -O -D -v} toward addresses that answer, that
 * do not exist, that lie behind a router or on no route at all, sizes near the devices' MTUs; {@code -V}, {@code -h}
 * and {@code -?} now and then. Kept short on the kernel, where each costs wall time: at most
 * three probes 0.2 s apart, one second of waiting for a reply; an uncounted ping (interrupted after 3 s) is rare.
 */
final class PingProducer implements Producer
{
    private static final String[] SIZES = {"0", "1", "8", "16", "100", "1000", "1472", "1473", "2000", "8972",
        "65507", "65508"};
    private static final String[] TTLS = {"1", "2", "3", "64", "255"};

    @Override
    public String area()
    {
        return "ping";
    }

    @Override
    public int weight(final World world)
    {
        return world.devicesWithAddresses().isEmpty() ? 3 : 16;
    }

    @Override
    public void produce(final World world, final Script script, final SplittableRandom random)
    {
        final Namespace from = pickSource(world, random);
        if (random.nextInt(40) == 0)
        {
            // Usage and version: ping prints them and exits (-? is quoted: the scenario would take it for a glob).
            script.in(from, "ping " + World.pick(random, "-V", "'-?'", "-h", "-V -c 1 127.0.0.1",
                "-c 1 '-?' 127.0.0.1"));
            return;
        }
        final List<String> options = new ArrayList<>();
        final int timing = random.nextInt(100);
        if (timing < 88)
        {
            final int count = random.nextInt(1, 4);
            options.add(option(random, "-c", String.valueOf(count)));
            if (count > 1 || random.nextInt(4) == 0)
            {
                options.add(option(random, "-i", World.pick(random, "0.2", "0.2", "0.3")));
            }
            options.add(option(random, "-W", random.nextInt(12) == 0 ? "2" : "1"));
        }
        else if (timing < 99)
        {
            options.add(option(random, "-w", "1"));
            if (random.nextBoolean())
            {
                options.add(option(random, "-c", String.valueOf(random.nextInt(1, 3))));
            }
            options.add(option(random, "-i", "0.2"));
        }
        else
        {
            options.add(option(random, "-i", "0.5")); // neither -c nor -w: interrupted after 3 s
        }
        final int sizing = random.nextInt(10);
        if (sizing < 2)
        {
            options.add(option(random, "-s", World.pick(random, SIZES)));
        }
        else if (sizing < 4)
        {
            // Just within and just over a device's MTU, so PMTU, fragmentation and local errors show.
            final Device device = World.pick(random, from.devices);
            final int mtu = device.mtu > 65000 ? 1500 : device.mtu;
            options.add(option(random, "-s", String.valueOf(mtu - World.pick(random, 28, 27, 28, 20))));
            if (random.nextBoolean())
            {
                options.add(option(random, "-M", World.pick(random, "do", "want", "dont", "probe")));
            }
        }
        if (random.nextInt(10) == 0)
        {
            options.add(option(random, "-M", World.pick(random, "do", "want", "dont", "probe")));
        }
        if (random.nextInt(14) == 0)
        {
            options.add(option(random, "-p", World.pick(random, "ff", "0", "abcd", "0123456789abcdef", "a5a5",
                "deadbeef")));
        }
        if (random.nextInt(14) == 0)
        {
            options.add(option(random, "-Q", World.pick(random, "0x10", "16", "0", "4", "0xb8", "0x02")));
        }
        if (random.nextInt(16) == 0)
        {
            options.add(World.pick(random, "-O", "-D", "-v", "-Ov", "-D -O"));
        }
        if (random.nextInt(6) == 0)
        {
            options.add(option(random, "-t", World.pick(random, TTLS)));
        }
        if (random.nextInt(7) == 0)
        {
            options.add(option(random, "-I", source(from, random)));
        }
        if (random.nextInt(8) == 0)
        {
            options.add("-q");
        }
        if (random.nextInt(12) == 0)
        {
            options.add(option(random, "-l", World.pick(random, "1", "2", "3")));
        }
        if (random.nextInt(15) == 0)
        {
            options.add(World.pick(random, "-n", "-4"));
        }
        Collections.shuffle(options, new java.util.Random(random.nextLong()));
        final String target = Ip.text(Targets.address(world, from, random));
        // getopt permutes: the address may come before some options.
        final int at = random.nextInt(6) == 0 ? random.nextInt(options.size() + 1) : options.size();
        options.add(at, target);
        script.in(from, "ping " + String.join(" ", options));
    }

    /** Mostly a namespace with an address, so that most pings mean something. */
    private static Namespace pickSource(final World world, final SplittableRandom random)
    {
        final Device device = World.pick(random, world.devicesWithAddresses());
        return device == null || random.nextInt(6) == 0 ? World.pick(random, world.namespaces()) : device.namespace;
    }

    /** {@code -I}: a device of the namespace or one of its addresses (a missing one is a mistake). */
    private static String source(final Namespace from, final SplittableRandom random)
    {
        final Device device = World.pick(random, from.devices);
        if (random.nextInt(2) == 0 && !device.addresses.isEmpty())
        {
            return Ip.text(World.pick(random, device.addresses).ip());
        }
        return device.name;
    }

    /** {@code -c 2} or, now and then, {@code -c2}. */
    private static String option(final SplittableRandom random, final String option, final String value)
    {
        return random.nextInt(5) == 0 ? option + value : option + " " + value;
    }
}
