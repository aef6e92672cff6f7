package dev.nslab.cli.emulation;

import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.Simulation;
import dev.nslab.stack.link.LinkNamespace;
import dev.nslab.stack.link.NetDevice;

/**
 * One emulated program's surroundings: the simulated machine, the namespace it runs in (changed by
 * {@code ip netns exec} and {@code ip -n}), where it prints, and whether it is a ping the scenario interrupts.
 *
 * @param interruptAfterNs when the scenario's ping is to be interrupted as if by Ctrl+C; {@code Long.MAX_VALUE}
 *                         when it runs until it ends by itself.
 */
record Invocation(Simulation simulation, NetNamespace namespace, Output out, long interruptAfterNs)
{
    Invocation in(final NetNamespace other)
    {
        return new Invocation(simulation, other, out, interruptAfterNs);
    }

    /**
     * The program opened a socket (netlink, ICMP) in the namespace it runs in: when it ends, the socket keeps the
     * namespace alive a little longer (a deleted one's cleanup waits for it).
     */
    void openedSocket()
    {
        simulation.socketOpened(namespace);
    }

    /** @return the namespace's name under /run/netns, or null for the initial one and for a deleted one. */
    String nameOf(final LinkNamespace namespace)
    {
        final String name = namespace.name();
        return name != null && simulation.namespace(name) == namespace ? name : null;
    }

    /**
     * RTM_GETLINK for one device by name, as ll_name_to_index sends it when ip's cache does not know the name (the
     * commands that name a device: {@code ip link set/del DEV}, {@code ip addr add ... dev DEV}, {@code ip route ...
     * dev DEV}, {@code ip link show DEV}). The kernel's reply names a veth peer's namespace by id, which gives this
     * namespace one ({@link NetNamespace#fillLinkNetnsid}).
     *
     * @return the device, or null when there is none of that name.
     */
    NetDevice getLink(final String name)
    {
        final NetDevice device = namespace.getLink(name);
        if (device != null)
        {
            namespace.fillLinkNetnsid(device);
        }
        return device;
    }

    /** RTM_GETLINK for a device ip already knows, by index (ll_index_to_name printing a route's device). */
    NetDevice getLink(final NetDevice device)
    {
        namespace.getLink(device.ifindex());
        namespace.fillLinkNetnsid(device);
        return device;
    }

    /**
     * One device's reply within a link dump: its link-netnsid is filled, but a dump does not sync the device's
     * pending link state as a single RTM_GETLINK does.
     */
    void dumpLink(final NetDevice device)
    {
        namespace.fillLinkNetnsid(device);
    }

    /**
     * A link dump (ll_init_map, which {@code ip neigh} and {@code bridge} run first, and the dump under {@code ip link
     * show} and {@code ip addr show}): every device's reply is filled, in ifindex order, whatever ip then prints.
     */
    void dumpLinks()
    {
        for (final NetDevice device : namespace.devices())
        {
            namespace.fillLinkNetnsid(device);
        }
    }

    /**
     * netns_switch(): the named namespace, or 'Cannot open network namespace' and exit 255. A null name is what ip
     * sees for a missing {@code -n} argument.
     */
    NetNamespace openNamespace(final String name)
    {
        final NetNamespace namespace = name == null ? null : simulation.namespace(name);
        if (namespace == null)
        {
            throw out.fail("Cannot open network namespace \"" + (name == null ? "(null)" : name)
                + "\": No such file or directory", 255);
        }
        return namespace;
    }
}
