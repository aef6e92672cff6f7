package dev.nslab.stack.neigh;

/** The device a neighbour table belongs to, as far as the table and its readers need it. */
public interface NeighbourDevice
{
    /** @return the device's name, as {@code ip neigh} prints it. */
    String name();
}
