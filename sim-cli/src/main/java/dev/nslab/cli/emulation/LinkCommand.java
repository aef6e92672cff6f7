package dev.nslab.cli.emulation;

import java.util.List;
import java.util.Set;

import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.link.NetDevice;
import dev.nslab.stack.netlink.NetlinkException;

/** {@code ip link}: do_iplink's verbs; iplink_parse's arguments; the changes applied in do_setlink's order. */
final class LinkCommand
{
    /** Link types the kernel knows but nslab does not simulate: {@link EmulationGate} refuses them. */
    static final Set<String> KNOWN_TYPES = Set.of("dummy", "vlan", "macvlan", "macvtap", "ipvlan",
        "vxlan", "bond", "team", "gre", "gretap", "ipip", "sit", "vrf", "ifb", "nlmon", "geneve", "wireguard",
        "netkit", "vcan", "vxcan", "veth0");

    private LinkCommand()
    {
    }

    static int run(final List<String> arguments, final IpOptions options, final Invocation invocation)
    {
        if (arguments.isEmpty())
        {
            return show(arguments, options, invocation);
        }
        final String verb = arguments.get(0);
        final List<String> rest = arguments.subList(1, arguments.size());
        if (Keywords.matches(verb, "add"))
        {
            return add(LinkRequest.parse(rest, invocation.out()), invocation);
        }
        if (Keywords.matches(verb, "set") || Keywords.matches(verb, "change"))
        {
            return set(LinkRequest.parse(rest, invocation.out()), invocation);
        }
        if (Keywords.matches(verb, "delete"))
        {
            return delete(LinkRequest.parse(rest, invocation.out()), invocation);
        }
        if (Keywords.matchesAny(verb, "show", "lst", "list"))
        {
            return show(rest, options, invocation);
        }
        throw invocation.out().fail("Command \"" + verb + "\" is unknown, try \"ip link help\".", 255);
    }

    private static int add(final LinkRequest request, final Invocation invocation)
    {
        final Output out = invocation.out();
        if (request.type() == null)
        {
            throw out.fail("Not enough information: \"type\" argument is required", 255);
        }
        if (request.type().equals("bridge"))
        {
            return addBridge(request, invocation);
        }
        if (!request.type().equals("veth"))
        {
            throw out.fail("Error: Unknown device type.", 2); // the gate lets no other known type through
        }
        final NetNamespace requester = invocation.namespace();
        final NetNamespace deviceNamespace = request.netns() == null ? requester : resolve(request.netns(), invocation);
        final LinkRequest peer = request.peer();
        // veth_newlink: a peer without "netns" is made where the request comes from, not beside the device.
        final NetNamespace peerNamespace = peer == null || peer.netns() == null ? requester
            : resolve(peer.netns(), invocation);
        try
        {
            deviceNamespace.addVethPair(request.device(), peer == null ? null : peer.device(), peerNamespace);
        }
        catch (final NetlinkException e)
        {
            throw NetlinkErrors.fail(out, e);
        }
        return 0;
    }

    /** {@code ip link add NAME type bridge}: made in the requesting namespace, or in {@code netns NS}. */
    private static int addBridge(final LinkRequest request, final Invocation invocation)
    {
        final NetNamespace namespace = request.netns() == null ? invocation.namespace()
            : resolve(request.netns(), invocation);
        try
        {
            final NetDevice bridge = namespace.addBridge(request.device());
            if (request.up() != null && request.up())
            {
                namespace.setUp(bridge);
            }
        }
        catch (final NetlinkException e)
        {
            throw NetlinkErrors.fail(invocation.out(), e);
        }
        return 0;
    }

    /** iplink_parse resolves {@code master DEV} at once: an unknown name is an argument error. */
    static NetDevice resolveMaster(final String name, final Invocation invocation)
    {
        final NetDevice master = invocation.getLink(name);
        if (master == null)
        {
            throw invocation.out().fail("Error: argument \"" + name + "\" is wrong: Device does not exist\n", 255);
        }
        return master;
    }

    private static int set(final LinkRequest request, final Invocation invocation)
    {
        final Output out = invocation.out();
        final NetDevice master = request.master() == null ? null : resolveMaster(request.master(), invocation);
        if (request.netns() != null)
        {
            // iplink_parse opens /run/netns/NAME while it reads the arguments; ip looks the device up (and the
            // kernel syncs its pending link event, rtnl_getlink) only after all of them parsed.
            requireNetnsArgument(request.netns(), invocation);
        }
        if (request.device() == null)
        {
            throw out.fail("Not enough information: \"dev\" argument is required.", 255);
        }
        final NetNamespace namespace = invocation.namespace();
        final NetDevice device = invocation.getLink(request.device());
        if (device == null)
        {
            throw out.fail("Cannot find device \"" + request.device() + "\"", 1);
        }
        if (request.mac() != null && request.mac().length != 6)
        {
            throw out.fail("Invalid address length " + request.mac().length + " - must be 6 bytes", 1);
        }
        final NetNamespace target = request.netns() == null ? null : resolve(request.netns(), invocation);
        try
        {
            // do_setlink's order: namespace, address, mtu, name, flags.
            if (target != null)
            {
                namespace.moveDevice(device, target);
            }
            final NetNamespace home = NetNamespace.of(device);
            if (request.mac() != null)
            {
                long mac = 0;
                for (final int octet : request.mac())
                {
                    mac = mac << 8 | octet;
                }
                home.setMac(device, mac);
            }
            if (request.mtu() != null)
            {
                home.setMtu(device, request.mtu());
            }
            if (request.newName() != null && !request.newName().equals(request.device()))
            {
                home.rename(device, request.newName());
            }
            // do_set_master comes before the flags: "master br0 up" enslaves, then opens.
            if (master != null)
            {
                home.setMaster(device, master);
            }
            else if (request.noMaster())
            {
                home.setNoMaster(device);
            }
            if (request.up() != null)
            {
                if (request.up())
                {
                    home.setUp(device);
                }
                else
                {
                    home.setDown(device);
                }
            }
        }
        catch (final NetlinkException e)
        {
            throw NetlinkErrors.fail(out, e);
        }
        return 0;
    }

    private static int delete(final LinkRequest request, final Invocation invocation)
    {
        final Output out = invocation.out();
        if (request.device() == null)
        {
            throw out.fail("Not enough information: \"dev\" argument is required.", 255);
        }
        final NetDevice device = invocation.getLink(request.device());
        if (device == null)
        {
            throw out.fail("Cannot find device \"" + request.device() + "\"", 1);
        }
        try
        {
            invocation.namespace().deleteDevice(device);
        }
        catch (final NetlinkException e)
        {
            throw NetlinkErrors.fail(out, e);
        }
        return 0;
    }

    /**
     * {@code netns NAME|PID}: a name under /run/netns, else a PID. In the sandbox PID 1 is the only process, and it
     * lives in the initial namespace; any other PID is ESRCH.
     */
    private static NetNamespace resolve(final String netns, final Invocation invocation)
    {
        final NetNamespace named = invocation.simulation().namespace(netns);
        if (named != null)
        {
            return named;
        }
        final Long pid = requireNetnsArgument(netns, invocation);
        if (pid != 1)
        {
            throw invocation.out().fail("RTNETLINK answers: No such process", 2);
        }
        return invocation.simulation().host();
    }

    /**
     * What iplink_parse refuses of {@code netns ARG} itself: neither a name under /run/netns nor a PID.
     *
     * @return the PID, or null for a named namespace.
     */
    private static Long requireNetnsArgument(final String netns, final Invocation invocation)
    {
        if (invocation.simulation().namespace(netns) != null)
        {
            return null;
        }
        final Long pid = LinkRequest.parseInteger(netns);
        if (pid == null)
        {
            throw invocation.out().fail("Error: argument \"" + netns + "\" is wrong: Invalid \"netns\" value\n", 255);
        }
        return pid;
    }

    /** ipaddr_list_link: {@code [dev] DEV}, {@code up}, {@code master BR}, {@code type KIND[_slave]}. */
    private static int show(final List<String> arguments, final IpOptions options, final Invocation invocation)
    {
        final Output out = invocation.out();
        final Keywords.Cursor words = new Keywords.Cursor(arguments, out);
        String deviceName = null;
        NetDevice master = null;
        boolean upOnly = false;
        String kind = null;
        String slaveKind = null;
        while (words.hasNext())
        {
            final String word = words.next();
            if (word.equals("up"))
            {
                upOnly = true;
            }
            else if (word.equals("type"))
            {
                final String type = words.value();
                if (type.endsWith("_slave"))
                {
                    slaveKind = type.substring(0, type.length() - "_slave".length());
                }
                else
                {
                    kind = type;
                }
            }
            else if (word.equals("master"))
            {
                master = resolveMaster(words.value(), invocation);
            }
            else
            {
                final String name = word.equals("dev") ? words.value() : word;
                if (deviceName != null)
                {
                    throw Keywords.duplicateArgument(out, "dev", name);
                }
                deviceName = name;
            }
        }
        final NetNamespace namespace = invocation.namespace();
        final NetDevice only = AddressCommand.filterDevice(deviceName, invocation);
        final LinkPrinter printer = new LinkPrinter(invocation);
        final Listing listing = Listing.open(options, out);
        for (final NetDevice device : namespace.devices())
        {
            // The kernel filters a dump by master and kind (link_dump_filtered); ip filters the rest itself.
            if (only == null && (master == null || device.master() == master)
                && (kind == null || kind.equals(linkKind(device))))
            {
                invocation.dumpLink(device);
            }
            if ((only != null && device != only) || (upOnly && !device.isUp())
                || (master != null && device.master() != master)
                || (kind != null && !kind.equals(linkKind(device)))
                || (slaveKind != null && !slaveKind.equals(linkSlaveKind(device))))
            {
                continue;
            }
            final Fields fields = listing.begin();
            if (options.brief())
            {
                printer.printBriefLink(fields, device);
            }
            else
            {
                printer.printDevice(fields, device, true, false, options.statistics());
                fields.text("\n");
            }
            listing.end();
        }
        listing.close();
        return 0;
    }

    /** IFLA_INFO_KIND: {@code veth}, {@code bridge}, {@code tun} (a tap); null for lo, which has no link info. */
    private static String linkKind(final NetDevice device)
    {
        return switch (device.kind())
        {
            case VETH -> "veth";
            case BRIDGE -> "bridge";
            case TAP -> "tun";
            default -> null;
        };
    }

    /** IFLA_INFO_SLAVE_KIND as match_link_kind reads it: the master's kind, "" for none; null without link info. */
    private static String linkSlaveKind(final NetDevice device)
    {
        if (linkKind(device) == null)
        {
            return null;
        }
        return device.master() == null ? "" : linkKind(device.master());
    }
}
