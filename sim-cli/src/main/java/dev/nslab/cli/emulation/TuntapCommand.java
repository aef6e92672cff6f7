package dev.nslab.cli.emulation;

import java.util.List;

import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.link.DeviceKind;
import dev.nslab.stack.link.NetDevice;

/** {@code ip tuntap}: persistent taps (iptuntap.c over TUNSETIFF / TUNSETPERSIST). */
final class TuntapCommand
{
    private TuntapCommand()
    {
    }

    static int run(final List<String> arguments, final Invocation invocation)
    {
        if (arguments.isEmpty())
        {
            return show(invocation);
        }
        final String verb = arguments.get(0);
        final List<String> rest = arguments.subList(1, arguments.size());
        if (Keywords.matches(verb, "add"))
        {
            return add(rest, invocation);
        }
        if (Keywords.matches(verb, "delete"))
        {
            return delete(rest, invocation);
        }
        if (Keywords.matchesAny(verb, "list", "show", "lst"))
        {
            return show(invocation);
        }
        throw invocation.out().fail("Command \"" + verb + "\" is unknown, try \"ip tuntap help\".", 255);
    }

    /** parse_args: {@code [dev|name] NAME}, {@code mode tun|tap}; user, group and flags are not modelled. */
    private record Arguments(String name, String mode)
    {
    }

    private static Arguments parse(final List<String> arguments, final Output out)
    {
        final Keywords.Cursor words = new Keywords.Cursor(arguments, out);
        String name = null;
        String mode = null;
        while (words.hasNext())
        {
            final String word = words.next();
            if (Keywords.matches(word, "mode"))
            {
                final String value = words.value();
                if (!Keywords.matches(value, "tun") && !Keywords.matches(value, "tap"))
                {
                    throw out.fail("Unknown tunnel mode \"" + value + "\"", 255);
                }
                if (mode != null)
                {
                    throw out.fail("Error: duplicate \"mode\": \"" + value + "\" is the second value.", 255);
                }
                mode = Keywords.matches(value, "tun") ? "tun" : "tap";
            }
            else
            {
                // dev NAME, name NAME or NAME; the gate lets no user, group or flag through.
                final String value = Keywords.matchesAny(word, "dev", "name") ? words.value() : word;
                if (name != null)
                {
                    throw Keywords.duplicateArgument(out, "name", value);
                }
                name = value;
            }
        }
        return new Arguments(name, mode);
    }

    private static int add(final List<String> arguments, final Invocation invocation)
    {
        final Output out = invocation.out();
        final Arguments parsed = parse(arguments, out);
        if (parsed.mode() == null)
        {
            throw out.fail("You failed to specify a tunnel mode", 1);
        }
        if (parsed.mode().equals("tun"))
        {
            throw EmulationGate.unvetted("ip tuntap add mode tun");
        }
        if (parsed.name() == null)
        {
            throw EmulationGate.unvetted("ip tuntap add without a name");
        }
        final NetNamespace namespace = invocation.namespace();
        if (namespace.device(parsed.name()) != null)
        {
            // TUNSETIFF with IFF_TUN_EXCL refuses any existing name.
            throw out.fail("ioctl(TUNSETIFF): Device or resource busy", 1);
        }
        namespace.addTap(parsed.name());
        return 0;
    }

    /**
     * TUNSETIFF then TUNSETPERSIST 0: a persistent tap goes away; an absent name makes a transient tap that goes
     * away at once, so nothing changes and nothing is printed.
     */
    private static int delete(final List<String> arguments, final Invocation invocation)
    {
        final Output out = invocation.out();
        final Arguments parsed = parse(arguments, out);
        if (parsed.mode() == null)
        {
            throw out.fail("You failed to specify a tunnel mode", 1);
        }
        final NetNamespace namespace = invocation.namespace();
        final NetDevice device = parsed.name() == null ? null : namespace.device(parsed.name());
        if (device == null)
        {
            return 0;
        }
        if (device.kind() != DeviceKind.TAP || !parsed.mode().equals("tap"))
        {
            throw out.fail("ioctl(TUNSETIFF): Invalid argument", 1);
        }
        namespace.deleteDevice(device);
        return 0;
    }

    /** {@code NAME: tap persist} for each tap of the namespace. */
    private static int show(final Invocation invocation)
    {
        for (final NetDevice device : invocation.namespace().devices())
        {
            if (device.kind() == DeviceKind.TAP)
            {
                invocation.out().line(device.name() + ": tap persist");
            }
        }
        return 0;
    }
}
