package dev.nslab.cli.fuzz;

import java.util.SplittableRandom;

import dev.nslab.cli.fuzz.World.Device;

/** {@code ip neigh flush dev DEV} and {@code ip neigh show dev DEV}, after traffic has filled the caches. */
final class NeighbourProducer implements Producer
{
    @Override
    public String area()
    {
        return "neigh";
    }

    @Override
    public int weight(final World world)
    {
        return world.devicesWithAddresses().isEmpty() ? 0 : 3;
    }

    @Override
    public void produce(final World world, final Script script, final SplittableRandom random)
    {
        final Device device = World.pick(random, world.devicesWithAddresses());
        script.ip(device.namespace, (random.nextInt(3) == 0 ? "neigh show dev " : World.pick(random,
            "neigh flush dev ", "neighbour flush dev ", "n flush dev ")) + device.name);
    }
}
