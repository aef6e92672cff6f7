package dev.nslab.cli.emulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.link.LinkNamespace;
import dev.nslab.stack.netlink.NetlinkException;

/** {@code ip netns}: ipnetns.c's commands over the simulation's named namespaces (the sandbox's /run/netns). */
final class NetnsCommand
{
    private static final String USAGE = String.join("\n",
        "Usage:\tip netns list",
        "\tip netns add NAME",
        "\tip netns attach NAME PID",
        "\tip netns set NAME NETNSID",
        "\tip [-all] netns delete [NAME]",
        "\tip netns identify [PID]",
        "\tip netns pids NAME",
        "\tip [-all] netns exec [NAME] cmd ...",
        "\tip netns monitor",
        "\tip netns list-id [target-nsid POSITIVE-INT] [nsid POSITIVE-INT]",
        "NETNSID := auto | POSITIVE-INT");

    private NetnsCommand()
    {
    }

    static int run(final List<String> arguments, final IpOptions options, final Invocation invocation)
    {
        final Output out = invocation.out();
        if (arguments.isEmpty())
        {
            return list(options, invocation);
        }
        if (!options.all() && arguments.size() > 1 && isInvalidName(arguments.get(1)))
        {
            throw out.fail("Invalid netns name \"" + arguments.get(1) + "\"", 255);
        }
        final String command = arguments.get(0);
        final List<String> rest = arguments.subList(1, arguments.size());
        if (Keywords.matchesAny(command, "list", "show", "lst"))
        {
            return list(options, invocation);
        }
        if (Keywords.matches(command, "list-id"))
        {
            return listIds(rest, options, invocation);
        }
        if (Keywords.matches(command, "help"))
        {
            throw out.fail(USAGE, 255);
        }
        if (Keywords.matches(command, "add"))
        {
            return add(rest, invocation);
        }
        if (Keywords.matches(command, "delete"))
        {
            return delete(rest, options, invocation);
        }
        if (Keywords.matches(command, "identify"))
        {
            return identify(rest, invocation);
        }
        if (Keywords.matches(command, "pids"))
        {
            return pids(rest, invocation);
        }
        if (Keywords.matches(command, "exec"))
        {
            return exec(rest, options, invocation);
        }
        throw out.fail("Command \"" + command + "\" is unknown, try \"ip netns help\".", 255);
    }

    /** invalid_name(): empty, a slash, {@code .} or {@code ..}, or longer than NAME_MAX. */
    private static boolean isInvalidName(final String name)
    {
        return name.isEmpty() || name.length() > 255 || name.contains("/") || name.equals(".") || name.equals("..");
    }

    /** The names as readdir on the tmpfs returns them (newest first), with the id this namespace has for each. */
    private static int list(final IpOptions options, final Invocation invocation)
    {
        final List<NetNamespace> named = new ArrayList<>(invocation.simulation().namespaces());
        final Listing listing = Listing.open(options, invocation.out());
        for (int i = named.size() - 1; i >= 0; i--)
        {
            final NetNamespace namespace = named.get(i);
            final int id = invocation.namespace().nsidOf(namespace);
            final Fields fields = listing.begin();
            fields.string("name", "%s", namespace.name());
            if (id >= 0)
            {
                fields.number("id", " (id: %d)", id);
            }
            fields.text("\n");
            listing.end();
        }
        listing.close();
        return 0;
    }

    /** print_nsid: {@code nsid N (iproute2 netns name: NAME)} for each id this namespace has given. */
    private static int listIds(final List<String> arguments, final IpOptions options, final Invocation invocation)
    {
        if (!arguments.isEmpty())
        {
            // The gate lets no target-nsid / nsid filter through; anything else is a usage error as in ipnetns.c.
            throw invocation.out().fail(USAGE, 255);
        }
        final Listing listing = Listing.open(options, invocation.out());
        for (final Map.Entry<Integer, LinkNamespace> entry : invocation.namespace().nsids().entrySet())
        {
            final String name = invocation.nameOf(entry.getValue());
            final Fields fields = listing.begin();
            fields.number("nsid", "nsid %d ", entry.getKey());
            if (name != null)
            {
                fields.string("name", "(iproute2 netns name: %s)", name);
            }
            fields.text("\n");
            listing.end();
        }
        listing.close();
        return 0;
    }

    private static int add(final List<String> arguments, final Invocation invocation)
    {
        if (arguments.isEmpty())
        {
            throw invocation.out().fail("No netns name specified", 1);
        }
        final String name = arguments.get(0);
        try
        {
            invocation.simulation().addNamespace(name);
        }
        catch (final NetlinkException e)
        {
            throw invocation.out().fail("Cannot create namespace file \"/run/netns/" + name + "\": File exists", 1);
        }
        return 0;
    }

    private static int delete(final List<String> arguments, final IpOptions options, final Invocation invocation)
    {
        if (arguments.isEmpty() && !options.all())
        {
            throw invocation.out().fail("No netns name specified", 1);
        }
        if (options.all())
        {
            for (final NetNamespace namespace : invocation.simulation().namespaces())
            {
                invocation.simulation().unlinkNamespace(namespace.name());
            }
            return 0;
        }
        final String name = arguments.get(0);
        try
        {
            invocation.simulation().unlinkNamespace(name);
        }
        catch (final NetlinkException e)
        {
            throw invocation.out().fail(
                "Cannot remove namespace file \"/run/netns/" + name + "\": No such file or directory", 1);
        }
        return 0;
    }

    /** The current namespace's name; the sandbox's only process outside a named namespace is PID 1. */
    private static int identify(final List<String> arguments, final Invocation invocation)
    {
        NetNamespace namespace = invocation.namespace();
        if (!arguments.isEmpty())
        {
            namespace = invocation.simulation().host(); // PID 1: the gate lets no other through
        }
        final String name = invocation.nameOf(namespace);
        invocation.out().line(name == null ? "" : name);
        return 0;
    }

    /** No simulated process lives in a namespace between commands. */
    private static int pids(final List<String> arguments, final Invocation invocation)
    {
        if (arguments.isEmpty())
        {
            throw invocation.out().fail("No netns name specified", 1);
        }
        invocation.openNamespace(arguments.get(0));
        return 0;
    }

    private static int exec(final List<String> arguments, final IpOptions options, final Invocation invocation)
    {
        if (arguments.isEmpty())
        {
            throw invocation.out().fail("No netns name specified", 1);
        }
        if (arguments.size() < 2)
        {
            throw invocation.out().fail("No command specified", 1);
        }
        final NetNamespace namespace = invocation.openNamespace(arguments.get(0));
        // setns(), then execvp(): ip is gone and the command runs in its place.
        throw new ProgramExec(arguments.subList(1, arguments.size()), invocation.in(namespace));
    }
}
