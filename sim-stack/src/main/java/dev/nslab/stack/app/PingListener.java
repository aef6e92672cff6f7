package dev.nslab.stack.app;

/**
 * Hears a ping run as it happens, so that its lines can be printed while it runs: iputils prints each reply as it
 * arrives, and a ping of millions of replies must not be held until it ends. Called on the simulation's thread.
 */
@FunctionalInterface
public interface PingListener
{
    /**
     * ping's startup succeeded (its connect() found a route) and it is about to send; not called when it failed.
     *
     * @param source the source address chosen (0.0.0.0 when the device had none).
     */
    default void started(final int source)
    {
    }

    /**
     * {@link #started(int)} with the echo identifier ping chose (what {@code ping -v} prints as {@code ident=}).
     */
    default void started(final int source, final int ident)
    {
        started(source);
    }

    /**
     * ping started, for a target of either family: by default an IPv4 start is {@link #started(int, int)}.
     *
     * @param source the source chosen (:: for IPv6 when none was, as for a link-local target).
     */
    default void started(final PingAddress source, final int ident)
    {
        if (!source.ipv6())
        {
            started(source.ipv4(), ident);
        }
    }

    /**
     * With -I DEV and no -I address, ping reads getifaddrs() to check the source it got: a link dump (and an address
     * dump) in its namespace, whose replies name a veth peer's namespace by an id the kernel allocates then. Called
     * before {@link #sourceMayBeOffDevice()}.
     */
    default void interfacesListed()
    {
    }

    /**
     * With -I DEV and no -I address: the route's source address is not one of DEV's, so the kernel may send from
     * another device's address (ping4_run warns, then goes on). Called before {@link #started(int, int)}.
     */
    default void sourceMayBeOffDevice()
    {
    }

    /** A reply or an error arrived, as ping would print it (none under {@code -q}). */
    void event(PingResult.Event event);
}
