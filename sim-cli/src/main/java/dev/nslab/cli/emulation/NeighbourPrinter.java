package dev.nslab.cli.emulation;

import dev.nslab.stack.Neighbour;

/** ipneigh.c's print_neigh: {@code ADDR [dev DEV] [lladdr MAC] STATE }, with the trailing space. */
final class NeighbourPrinter
{
    private NeighbourPrinter()
    {
    }

    static String format(final Neighbour neighbour, final boolean showDevice)
    {
        final StringBuilder line = new StringBuilder();
        line.append(Inet.format(neighbour.address())).append(' ');
        if (showDevice)
        {
            line.append("dev ").append(neighbour.device().name()).append(' ');
        }
        if (neighbour.state().isValid())
        {
            line.append("lladdr ").append(Inet.formatMac(neighbour.mac())).append(' ');
        }
        line.append(neighbour.state().name()).append(' ');
        return line.toString();
    }
}
