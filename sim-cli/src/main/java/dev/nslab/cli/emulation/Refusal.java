package dev.nslab.cli.emulation;

/**
 * The gate's verdict against a line, thrown from wherever in the line's grammar the gate finds it. Carries no stack
 * trace: it is control flow inside the gate, caught by {@link EmulationGate#vet}.
 */
final class Refusal extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    private Refusal(final String reason)
    {
        super(reason, null, false, false);
    }

    /** {@code 'ip -d' is not emulated}. */
    static Refusal notEmulated(final String what)
    {
        return new Refusal("'" + printable(what) + "' is not emulated");
    }

    /** {@code 'ip -6' is not emulated (nslab simulates IPv4 only)}. */
    static Refusal notEmulated(final String what, final String note)
    {
        return new Refusal("'" + printable(what) + "' is not emulated (" + note + ")");
    }

    /** A reason already worded as {@code 'X' is not emulated (why)}. */
    static Refusal notEmulatedReason(final String reason)
    {
        return new Refusal(printable(reason));
    }

    /** {@code 'ip -batch' reads commands from a file: refused}: what the option would do to the machine. */
    static Refusal dangerous(final String what, final String why)
    {
        return new Refusal("'" + printable(what) + "' " + why + ": refused");
    }

    /** {@code cannot run 'bash': ...}, the scanner's wording for programs nslab does not have. */
    static Refusal notAProgram(final String program)
    {
        return new Refusal("cannot run '" + printable(program) + "': nslab emulates ip, bridge, ping, sysctl, iptables, iptables-save, nft and conntrack");
    }

    /** Words may hold newlines (quoted in the scenario): a reason is one line, so control characters are escaped. */
    private static String printable(final String text)
    {
        final StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++)
        {
            final char c = text.charAt(i);
            switch (c)
            {
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default ->
                {
                    if (Character.isISOControl(c))
                    {
                        out.append(String.format("\\u%04x", (int) c));
                    }
                    else
                    {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
