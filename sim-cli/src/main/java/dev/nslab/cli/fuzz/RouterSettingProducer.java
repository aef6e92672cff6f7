package dev.nslab.cli.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dev.nslab.cli.emulation.GateVocabulary;
import dev.nslab.cli.fuzz.World.Address;
import dev.nslab.cli.fuzz.World.Device;
import dev.nslab.cli.fuzz.World.Namespace;

/**
 * A per-device setting flipped where it changes what happens: on a router (a forwarding namespace with two
 * addressed veths) a ping from the near side across it or to its far address, then a {@code net.ipv4.conf} setting
 * of the router (all, default, or one of its two devices) written, the near side's neighbours flushed so ARP is
 * asked again, and the same ping. The settings come from the gate's modelled keys ({@link GateVocabulary}); each
 * gets what makes it matter: an on-link route to the far side (proxy_arp, arp_ignore, arp_filter, arp_announce), a
 * source the router has no route back to (rp_filter), secondaries to promote when the primary goes, a host of the
 * near subnet reached through the router, which then sends the near side redirects (send_redirects on the router;
 * accept_redirects, secure_redirects and shared_media written on the near side, which receives them).
 */
final class RouterSettingProducer implements Producer
{
    private static final String ALL_PREFIX = "net.ipv4.conf.all.";

    @Override
    public String area()
    {
        return "router setting";
    }

    @Override
    public int weight(final World world)
    {
        return routers(world).isEmpty() ? 0 : 5;
    }

    @Override
    public void produce(final World world, final Script script, final SplittableRandom random)
    {
        final Device[] pair = World.pick(random, routers(world));
        final Device near = pair[0];
        final Device far = pair[1];
        final Namespace router = near.namespace;
        final Namespace left = near.peer.namespace;
        final Device leftDevice = near.peer;
        final String setting = World.pick(random, settings());
        String scope = World.pick(random, "all", "default", near.name, far.name, near.name);
        Namespace written = router;
        int target = World.pick(random, random.nextBoolean() ? far.peer.addresses : far.addresses).ip();
        String source = null;
        switch (setting)
        {
            case "proxy_arp", "arp_ignore", "arp_filter", "arp_announce" ->
            {
                if (random.nextInt(3) != 0)
                {
                    // The far side on-link from the near side: the router's ARP answers decide.
                    script.ip(left, "route add " + Ip.text(target) + "/32 dev " + leftDevice.name);
                    left.routes.add(Ip.text(target) + "/32 dev " + leftDevice.name);
                }
            }
            case "rp_filter", "accept_local", "log_martians" ->
            {
                if (random.nextBoolean())
                {
                    // A source the router has no route back to.
                    final int stray = world.freeHost(world.newSubnet(), random);
                    script.ip(left, "addr add " + Ip.text(stray) + "/32 dev " + leftDevice.name);
                    leftDevice.addresses.add(new Address(stray, 32));
                    source = Ip.text(stray);
                }
            }
            case "send_redirects", "accept_redirects", "secure_redirects", "shared_media" ->
            {
                // Back out the way it came: the router forwards to the near subnet and may redirect the sender.
                final Address gateway = near.addresses.get(0);
                target = world.freeHost(Ip.network(gateway.ip(), gateway.prefix()), random);
                final String route = Ip.text(target) + " via " + Ip.text(gateway.ip());
                script.ip(left, "route add " + route);
                left.routes.add(route);
                if (!setting.equals("send_redirects"))
                {
                    written = left;
                    scope = World.pick(random, "all", "default", leftDevice.name, leftDevice.name);
                }
            }
            case "promote_secondaries" ->
            {
                promote(world, script, random, router, near, scope);
                return;
            }
            default ->
            {
            }
        }
        final String ping = "ping -c 1 -W 1 " + (source == null ? "" : "-I " + source + " ") + Ip.text(target);
        if (random.nextInt(3) != 0)
        {
            script.in(left, ping);
        }
        final String key = "net.ipv4.conf." + scope + "." + setting;
        script.in(written, "sysctl -w " + key + "=" + value(setting, random));
        if (setting.equals("forwarding") && (scope.equals("all") || scope.equals(near.name)))
        {
            router.forwarding = false;
        }
        if (random.nextInt(4) != 0)
        {
            script.ip(left, "neigh flush dev " + leftDevice.name);
        }
        script.in(left, ping);
        if (random.nextInt(3) == 0)
        {
            script.in(written, "sysctl " + key);
        }
    }

    /** Two more addresses on the router's near subnet, the primary deleted, the rest shown. */
    private static void promote(final World world, final Script script, final SplittableRandom random,
        final Namespace router, final Device device, final String scope)
    {
        script.in(router, "sysctl -w net.ipv4.conf." + scope + ".promote_secondaries=" + World.pick(random, "0",
            "1", "1"));
        final Address primary = device.addresses.get(0);
        for (int i = 0; i < 2; i++)
        {
            final int ip = world.freeHost(Ip.network(primary.ip(), 24), random);
            script.ip(router, "addr add " + Ip.text(ip) + "/24 dev " + device.name);
            device.addresses.add(new Address(ip, 24));
        }
        script.ip(router, "addr del " + primary.text() + " dev " + device.name);
        device.addresses.remove(primary);
        script.ip(router, World.pick(random, "addr show dev ", "-4 a show ", "-br a show dev ") + device.name);
        script.ip(router, "route show dev " + device.name);
    }

    private static String value(final String setting, final SplittableRandom random)
    {
        return switch (setting)
        {
            case "rp_filter", "arp_announce" -> World.pick(random, "0", "1", "2");
            case "arp_ignore" -> World.pick(random, "0", "1", "2", "3", "8");
            default -> World.pick(random, "0", "1");
        };
    }

    /** The conf settings the simulator models, by their proc names. */
    private static List<String> settings()
    {
        final List<String> settings = new ArrayList<>();
        for (final String key : GateVocabulary.sysctlKeys())
        {
            if (key.startsWith(ALL_PREFIX))
            {
                settings.add(key.substring(ALL_PREFIX.length()));
            }
        }
        return settings;
    }

    /** @return (near, far) device pairs of forwarding namespaces whose two veths lead to addressed peers. */
    private static List<Device[]> routers(final World world)
    {
        final List<Device[]> pairs = new ArrayList<>();
        for (final Namespace namespace : world.named())
        {
            if (!namespace.forwarding)
            {
                continue;
            }
            final List<Device> legs = World.addressed(namespace).stream().filter(device -> device.peer != null
                && !device.peer.addresses.isEmpty() && device.peer.namespace != namespace).toList();
            for (final Device near : legs)
            {
                for (final Device far : legs)
                {
                    if (near != far && near.up && far.up)
                    {
                        pairs.add(new Device[] {near, far});
                    }
                }
            }
        }
        return pairs;
    }
}
