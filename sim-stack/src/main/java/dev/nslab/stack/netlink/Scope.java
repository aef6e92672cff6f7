package dev.nslab.stack.netlink;

/** Address and route scopes (rtnetlink's RT_SCOPE_*), with the names {@code ip} prints. */
public enum Scope
{
    UNIVERSE("global", 0), SITE("site", 200), LINK("link", 253), HOST("host", 254), NOWHERE("nowhere", 255);

    private final String label;
    private final int value;

    Scope(final String label, final int value)
    {
        this.label = label;
        this.value = value;
    }

    public String label()
    {
        return label;
    }

    public int value()
    {
        return value;
    }

    /** @return the scope with this RT_SCOPE_* number, or null when it has no name. */
    public static Scope ofValue(final int value)
    {
        for (final Scope scope : values())
        {
            if (scope.value == value)
            {
                return scope;
            }
        }
        return null;
    }
}
