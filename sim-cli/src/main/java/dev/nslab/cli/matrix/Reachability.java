package dev.nslab.cli.matrix;

/** What one ping of the matrix found, from its exit code: 0 a reply, 2 no route at connect, else no reply. */
public enum Reachability
{
    REACHABLE("reachable"), UNREACHABLE("unreachable"), NO_ROUTE("no route");

    private final String text;

    Reachability(final String text)
    {
        this.text = text;
    }

    public String text()
    {
        return text;
    }

    /** iputils ping exits 0 with a reply, 1 without one, 2 when connect() failed (Network is unreachable). */
    static Reachability ofPingExit(final int exitCode)
    {
        return switch (exitCode)
        {
            case 0 -> REACHABLE;
            case 2 -> NO_ROUTE;
            default -> UNREACHABLE;
        };
    }
}
