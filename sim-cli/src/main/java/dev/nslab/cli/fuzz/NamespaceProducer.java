package dev.nslab.cli.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/** {@code ip netns add|delete|list|identify|pids|list-id} and {@code ip -all netns delete}. */
final class NamespaceProducer implements Producer
{
    private static final int MOST_NAMESPACES = 5;

    @Override
    public String area()
    {
        return "netns";
    }

    @Override
    public int weight(final World world)
    {
        return world.named().size() < 3 ? 10 : 3;
    }

    @Override
    public void produce(final World world, final Script script, final SplittableRandom random)
    {
        final int choice = random.nextInt(100);
        final World.Namespace some = World.pick(random, world.named());
        if (choice < 55 && world.named().size() < MOST_NAMESPACES || some == null)
        {
            final String name = world.newNamespaceName();
            script.add("ip netns add " + name);
            world.addNamespace(name);
        }
        else if (choice < 65)
        {
            script.add("ip netns " + World.pick(random, "delete", "del"));
            script.add("ip netns delete " + some.name);
            world.deleteNamespace(some);
        }
        else if (choice < 66)
        {
            script.add("ip -all netns delete");
            for (final World.Namespace namespace : List.copyOf(world.named()))
            {
                world.deleteNamespace(namespace);
            }
        }
        else if (choice < 80)
        {
            script.add(World.pick(random, "ip netns list", "ip netns", "ip netns show", "ip netns ls"));
        }
        else if (choice < 88)
        {
            script.add("ip netns exec " + some.name + " ip netns identify");
        }
        else if (choice < 94)
        {
            script.add("ip netns list-id");
        }
        else
        {
            script.add("ip netns pids " + some.name);
        }
    }
}
