package dev.nslab.cli.emulation;

import dev.nslab.stack.neigh.Neighbour;

/**
 * ipneigh.c's print_neigh, in text ({@code ADDR [dev DEV] [lladdr MAC] STATE }, with the trailing space) or JSON
 * ({@code dst}, {@code dev}, {@code lladdr}, the {@code state} array).
 */
final class NeighbourPrinter
{
    private NeighbourPrinter()
    {
    }

    /** One entry; {@code showDevice} unless {@code dev D} filtered the list. The text ends with its newline. */
    static void print(final Fields fields, final Neighbour neighbour, final boolean showDevice)
    {
        fields.string("dst", "%s ", Inet.format(neighbour.address()));
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
        fields.openJsonArray("state");
        fields.string(null, "%s ", neighbour.state().name());
        fields.closeJsonArray();
        fields.text("\n");
    }
}
