package dev.nslab.cli.emulation;

import dev.nslab.stack.neigh.Neighbour;
import dev.nslab.stack.neigh.NeighbourState;

/**
 * ipneigh.c's print_neigh, in text ({@code ADDR [dev DEV] [lladdr MAC] STATE }, with the trailing space) or JSON
 * ({@code dst}, {@code dev}, {@code lladdr}, {@code "router":null}, the {@code state} array).
 */
final class NeighbourPrinter
{
    private NeighbourPrinter()
    {
    }

    /**
     * One entry, of the IPv4 or the IPv6 table; {@code showDevice} unless {@code dev D} filtered the list. The text
     * ends with its newline.
     */
    static void print(final Fields fields, final Neighbour neighbour, final boolean ipv6, final boolean showDevice)
    {
        fields.string("dst", "%s ", ipv6 ? Inet6.format(neighbour.keyHigh(), neighbour.keyLow())
            : Inet.format(neighbour.address()));
        if (showDevice)
        {
            fields.text("dev ");
            fields.string("dev", "%s ", neighbour.device().name());
        }
        if (neighbour.state().isValid())
        {
            fields.text("lladdr ");
            fields.string("lladdr", "%s ", Inet.formatMac(neighbour.mac()));
        }
        if (neighbour.isRouter())
        {
            fields.nullField("router", "router ");
        }
        if (neighbour.state() != NeighbourState.NONE)
        {
            fields.openJsonArray("state");
            fields.string(null, "%s ", neighbour.state().name());
            fields.closeJsonArray();
        }
        fields.text("\n");
    }
}
