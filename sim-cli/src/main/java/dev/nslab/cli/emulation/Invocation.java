package dev.nslab.cli.emulation;

import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.Simulation;

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

    /** @return the namespace's name under /run/netns, or null for the initial one and for a deleted one. */
    String nameOf(final NetNamespace namespace)
    {
        final String name = namespace.name();
        return name != null && simulation.namespace(name) == namespace ? name : null;
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
