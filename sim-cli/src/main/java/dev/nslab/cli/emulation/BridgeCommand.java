package dev.nslab.cli.emulation;

import java.util.List;

import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.link.BridgeDevice;
import dev.nslab.stack.link.BridgeFdb;
import dev.nslab.stack.link.DeviceKind;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.link.VethDevice;

/**
 * iproute2's {@code bridge} program (6.1): {@code bridge [-n NS] link [show] [dev DEV]} and
 * {@code bridge [-n NS] fdb [show] [br BR] [dev|brport DEV]}, printed as the kernel's dumps come out
 * ({@link EmulationGate} lets nothing else through).
 */
final class BridgeCommand
{
    /** bridge.c's cmds[] in order; the first one the word abbreviates is the object. */
    private static final String[] OBJECTS = {"link", "fdb", "mdb", "vlan", "vni", "monitor", "help"};

    private BridgeCommand()
    {
    }

    static int run(final List<String> arguments, final Invocation start)
    {
        final Output out = start.out();
        Invocation invocation = start;
        final GlobalOptions.Parsed parsed = GlobalOptions.BRIDGE.parse(arguments);
        for (final GlobalOptions.Given given : parsed.given())
        {
            if (given.option() != GlobalOptions.Option.NETNS)
            {
                throw EmulationGate.unvetted("bridge " + given.word());
            }
            invocation = invocation.in(invocation.openNamespace(given.value()));
        }
        if (parsed.end() == GlobalOptions.End.UNKNOWN)
        {
            throw out.fail("Option \"" + parsed.unknown() + "\" is unknown, try \"bridge help\".", 255);
        }
        invocation.openedSocket(); // rtnl_open, after the options (-n NS included)
        final String object = arguments.get(parsed.objectIndex());
        final List<String> rest = arguments.subList(parsed.objectIndex() + 1, arguments.size());
        final String matched = objectOf(object);
        if (matched.equals("link") || matched.equals("fdb"))
        {
            invocation.dumpLinks(); // do_link and do_fdb start with ll_init_map
        }
        return switch (matched)
        {
            case "link" -> link(rest, invocation);
            case "fdb" -> fdb(rest, invocation);
            case "" -> throw out.fail("Object \"" + object + "\" is unknown, try \"bridge help\".", 255);
            default -> throw EmulationGate.unvetted("bridge " + matched);
        };
    }

    /** @return the object {@code word} abbreviates, or "" for none. */
    static String objectOf(final String word)
    {
        for (final String object : OBJECTS)
        {
            if (Keywords.matches(word, object))
            {
                return object;
            }
        }
        return "";
    }

    /** {@code bridge link [show] [dev DEV]}: one line per bridge port, in ifindex order. */
    private static int link(final List<String> arguments, final Invocation invocation)
    {
        final Output out = invocation.out();
        final Keywords.Cursor words = new Keywords.Cursor(arguments, out);
        if (words.hasNext())
        {
            words.next(); // show, lst or list: the gate lets nothing else through
        }
        NetDevice only = null;
        while (words.hasNext())
        {
            words.next(); // dev
            only = requireDevice(words.value(), invocation);
        }
        for (final NetDevice device : invocation.namespace().devices())
        {
            final BridgeDevice master = device.master();
            if (master == null || (only != null && device != only))
            {
                continue;
            }
            out.line(device.ifindex() + ": " + nameWithPeer(device, invocation.namespace()) + ": "
                + LinkPrinter.flags(device, peerDown(device, invocation.namespace())) + " mtu " + device.mtu()
                + " master " + master.name() + " state " + (master.isForwarding(device) ? "forwarding" : "disabled")
                + " priority 32 cost 2 ");
        }
        return 0;
    }

    /** {@code bridge fdb [show] [br BR] [dev|brport DEV]}: rtnl_fdb_dump's walk over the namespace's devices. */
    private static int fdb(final List<String> arguments, final Invocation invocation)
    {
        final Output out = invocation.out();
        final Keywords.Cursor words = new Keywords.Cursor(arguments, out);
        if (words.hasNext())
        {
            words.next(); // show, lst or list: the gate lets nothing else through
        }
        final NetNamespace namespace = invocation.namespace();
        NetDevice bridgeFilter = null;
        NetDevice deviceFilter = null;
        while (words.hasNext())
        {
            final String word = words.next();
            if (word.equals("br"))
            {
                final String name = words.value();
                bridgeFilter = namespace.device(name);
                if (bridgeFilter == null)
                {
                    throw out.fail("Cannot find bridge device \"" + name + "\"", 255);
                }
            }
            else
            {
                deviceFilter = requireDevice(words.value(), invocation); // dev or brport
            }
        }
        final long now = invocation.simulation().now();
        for (final NetDevice device : namespace.devices())
        {
            if (device.isLoopback() || (deviceFilter != null && device != deviceFilter)
                || (bridgeFilter != null && !isUnder(device, bridgeFilter)))
            {
                continue;
            }
            final String dev = deviceFilter != null ? "" : "dev " + device.name() + " ";
            if (device instanceof BridgeDevice bridge)
            {
                printSelf(out, device, dev);
                printMaster(out, bridge, null, dev, now);
            }
            else
            {
                if (device.master() != null)
                {
                    printMaster(out, device.master(), device, dev, now);
                }
                printSelf(out, device, dev);
            }
        }
        return 0;
    }

    /**
     * rtnl_fdb_dump with a bridge given ({@code br DEV}): the device must be that bridge's port, or a bridge master
     * and the device itself. So a {@code br} that is no bridge (a port, a veth) leaves every device out.
     */
    private static boolean isUnder(final NetDevice device, final NetDevice bridgeFilter)
    {
        if (device != bridgeFilter && device.master() == null)
        {
            return false;
        }
        return device.master() == bridgeFilter || device instanceof BridgeDevice;
    }

    /** The bridge's own entries for {@code port} (null: those with no port, the bridge's own address). */
    private static void printMaster(final Output out, final BridgeDevice bridge, final NetDevice port,
        final String dev, final long now)
    {
        for (final BridgeFdb.Entry entry : bridge.fdb().entries(now))
        {
            if (entry.port() == port)
            {
                out.line(Inet.formatMac(entry.mac()) + " " + dev + "master " + bridge.name() + " "
                    + (entry.local() ? "permanent" : ""));
            }
        }
    }

    /** ndo_dflt_fdb_dump: the device's multicast list as permanent "self" entries. */
    private static void printSelf(final Output out, final NetDevice device, final String dev)
    {
        for (final long mac : device.multicast().addresses())
        {
            out.line(Inet.formatMac(mac) + " " + dev + "self permanent");
        }
    }

    private static NetDevice requireDevice(final String name, final Invocation invocation)
    {
        final NetDevice device = invocation.namespace().device(name);
        if (device == null)
        {
            throw invocation.out().fail("Cannot find device \"" + name + "\"", 255);
        }
        return device;
    }

    /**
     * {@code name@link}: bridge resolves IFLA_LINK (the peer's index, in the peer's namespace) in its own namespace,
     * with no link-netnsid to tell it otherwise; so a peer elsewhere shows as whatever device here has that index,
     * and as {@code ifN} only when none has.
     */
    private static String nameWithPeer(final NetDevice device, final NetNamespace namespace)
    {
        if (device.kind() == DeviceKind.VETH)
        {
            final VethDevice peer = ((VethDevice) device).peer();
            if (peer != null && peer.isAlive())
            {
                final NetDevice namesake = namespace.deviceByIndex(peer.ifindex());
                return device.name() + "@" + (namesake != null ? namesake.name() : "if" + peer.ifindex());
            }
        }
        return device.name();
    }

    private static boolean peerDown(final NetDevice device, final NetNamespace namespace)
    {
        if (device.kind() != DeviceKind.VETH)
        {
            return false;
        }
        final VethDevice peer = ((VethDevice) device).peer();
        return peer != null && peer.isAlive() && peer.namespace() == namespace && !peer.isUp();
    }
}
