package dev.nslab.cli.emulation;

import java.util.List;

/**
 * The gate's reading of a {@code bridge} command line: bridge.c's global options ({@link GlobalOptions#BRIDGE}),
 * then the two objects nslab models, {@code link [show] [dev DEV]} and {@code fdb [show] [br BR] [dev|brport DEV]}.
 */
final class BridgeGate
{
    private BridgeGate()
    {
    }

    /** @throws Refusal when the line may not run. */
    static void vet(final List<String> arguments)
    {
        final GlobalOptions.Parsed parsed = GlobalOptions.BRIDGE.parse(arguments);
        for (final GlobalOptions.Given given : parsed.given())
        {
            final String written = "bridge " + given.word();
            switch (given.option())
            {
                case NETNS -> IpGate.vetNamespaceName(written, given.value());
                case BATCH -> throw Refusal.dangerous(written, "reads commands from a file");
                case FORCE -> throw Refusal.dangerous(written, "serves -batch, which reads commands from a file");
                case INET6 -> throw Refusal.notEmulated(written, "nslab simulates IPv4 only");
                default -> throw Refusal.notEmulated(written);
            }
        }
        if (parsed.end() == GlobalOptions.End.UNKNOWN)
        {
            return; // 'Option "-x" is unknown, try "bridge help".'
        }
        if (parsed.objectIndex() >= arguments.size())
        {
            throw Refusal.notEmulated("bridge", "without an object");
        }
        final String object = BridgeCommand.objectOf(arguments.get(parsed.objectIndex()));
        final List<String> rest = arguments.subList(parsed.objectIndex() + 1, arguments.size());
        switch (object)
        {
            case "link" -> show(rest, "bridge link", List.of("dev"));
            case "fdb" -> show(rest, "bridge fdb", List.of("br", "brport", "dev"));
            case "" ->
            {
                // 'Object "x" is unknown'
            }
            default -> throw Refusal.notEmulated("bridge " + object);
        }
    }

    /** {@code [show|lst|list] [KEYWORD VALUE]...} with the given keywords, each taking a device name. */
    private static void show(final List<String> arguments, final String what, final List<String> keywords)
    {
        if (arguments.isEmpty())
        {
            return;
        }
        final String verb = arguments.get(0);
        // bridge link tests set and change before show: "s" is set there.
        final boolean set = what.equals("bridge link") && Keywords.matchesAny(verb, "set", "change");
        if (set || !Keywords.matchesAny(verb, "show", "lst", "list"))
        {
            throw Refusal.notEmulated(what + " " + verb);
        }
        for (int i = 1; i < arguments.size(); i += 2)
        {
            if (!keywords.contains(arguments.get(i)))
            {
                throw Refusal.notEmulated(what + " show " + arguments.get(i));
            }
        }
    }
}
