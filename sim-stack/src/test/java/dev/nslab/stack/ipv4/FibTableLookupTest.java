package dev.nslab.stack.ipv4;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.nslab.stack.netlink.Scope;

/**
 * FibTable's lookup index against a linear scan, through inserts and removes interleaved with lookups (so the index
 * is rebuilt after every change), at sizes with and without the direct index, at range edges.
 */
class FibTableLookupTest
{
    @Test
    void shouldFindWhatALinearScanFindsWhileRoutesComeAndGo()
    {
        for (final int size : new int[] {0, 1, 5, 60, 4000})
        {
            checkRandomTable(new SplittableRandom(size), size);
        }
    }

    @Test
    void shouldHandleTheDefaultRouteAndTheLastAddress()
    {
        final FibTable table = new FibTable();
        final Route everything = route(0, 0, 0);
        final Route last = route(-1, 32, 0);
        table.insert(everything);
        table.insert(last);
        assertSame(everything, table.lookup(0));
        assertSame(everything, table.lookup(-2));
        assertSame(last, table.lookup(-1));
        table.remove(everything);
        assertSame(null, table.lookup(0));
        assertSame(last, table.lookup(-1));
    }

    private static void checkRandomTable(final SplittableRandom random, final int size)
    {
        final FibTable table = new FibTable();
        final List<Route> live = new ArrayList<>();
        for (int i = 0; i < size; i++)
        {
            final Route route = randomRoute(random, live);
            table.insert(route);
            live.add(route);
        }
        for (int round = 0; round < 40; round++)
        {
            for (int i = 0; i < 500; i++)
            {
                final int destination = destination(random, live);
                assertSame(linearScan(live, destination), table.lookup(destination),
                    () -> "size " + size + " destination " + Integer.toUnsignedString(destination));
            }
            if (!live.isEmpty() && random.nextBoolean())
            {
                table.remove(live.remove(random.nextInt(live.size())));
            }
            else
            {
                final Route route = randomRoute(random, live);
                table.insert(route);
                live.add(route);
            }
        }
    }

    /** Some routes reuse an existing prefix with another metric, so chains and ties are exercised too. */
    private static Route randomRoute(final SplittableRandom random, final List<Route> live)
    {
        if (!live.isEmpty() && random.nextInt(4) == 0)
        {
            final Route other = live.get(random.nextInt(live.size()));
            return route(other.destination, other.prefixLength, random.nextInt(3));
        }
        final int length = random.nextInt(33);
        return route(random.nextInt() & Prefix.mask(length), length, random.nextInt(3));
    }

    /** Uniform addresses, and the first, last and neighbouring addresses of live routes. */
    private static int destination(final SplittableRandom random, final List<Route> live)
    {
        if (live.isEmpty() || random.nextInt(3) == 0)
        {
            return random.nextInt();
        }
        final Route route = live.get(random.nextInt(live.size()));
        final int last = route.destination | ~Prefix.mask(route.prefixLength);
        switch (random.nextInt(4))
        {
            case 0:
                return route.destination;
            case 1:
                return last;
            case 2:
                return route.destination - 1;
            default:
                return last + 1;
        }
    }

    /** Longest prefix, then lowest metric, then the oldest (the earliest in {@code live} among equals). */
    private static Route linearScan(final List<Route> live, final int destination)
    {
        Route best = null;
        for (final Route route : live)
        {
            if (Prefix.contains(route.destination, route.prefixLength, destination)
                && (best == null || route.prefixLength > best.prefixLength
                    || (route.prefixLength == best.prefixLength && route.metric < best.metric)))
            {
                best = route;
            }
        }
        return best;
    }

    private static Route route(final int destination, final int length, final int metric)
    {
        return new Route(Route.Type.UNICAST, Route.Table.MAIN, destination, length, 0, null, Route.Protocol.BOOT,
            Scope.UNIVERSE, 0, metric);
    }
}
