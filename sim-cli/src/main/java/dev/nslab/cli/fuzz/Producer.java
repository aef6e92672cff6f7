package dev.nslab.cli.fuzz;

import java.util.SplittableRandom;

/**
 * One area of what the generator writes (namespaces, links, addresses, pings, ...). Adding syntax to the
 * generator is adding or extending one producer: it looks at the model, says how much it wants to write now, and
 * writes one or a few lines, updating the model as the commands would change the machine.
 */
interface Producer
{
    /** @return a short name for reports. */
    String area();

    /**
     * @return how likely this producer is to write next, relative to the others (0: it has nothing meaningful to
     *         write in this state).
     */
    int weight(World world);

    /** Writes one or a few lines into {@code script}, and updates {@code world} to match. */
    void produce(World world, Script script, SplittableRandom random);
}
