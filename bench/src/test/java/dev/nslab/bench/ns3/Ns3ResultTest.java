package dev.nslab.bench.ns3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The line the ns-3 echo program prints, as nslab-ns3-echo.cc writes it. */
class Ns3ResultTest
{
    @Test
    void shouldReadTheResultLine()
    {
        final Ns3Result result = Ns3Result.parse("ns3-echo routers=8 round_trips=10000 wall_ns=830786504 "
            + "sim_ns=1260000\n");
        assertEquals(new Ns3Result(8, 10_000, 830_786_504L, 1_260_000L), result);
        assertEquals(10_000 * 1e9 / 830_786_504L, result.roundTripsPerSecond(), 1e-9);
    }

    @Test
    void shouldFindTheLineAmongOtherOutput()
    {
        final Ns3Result result = Ns3Result.parse("some ns-3 warning\nns3-echo routers=0 round_trips=50000 "
            + "wall_ns=500000000 sim_ns=700000\ntrailing\n");
        assertEquals(0, result.routers());
        assertEquals(100_000, result.roundTripsPerSecond(), 1e-9);
    }

    @Test
    void shouldRefuseOutputWithoutTheLine()
    {
        final IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
            () -> Ns3Result.parse("msg=\"Could not find TypeId\", file=type-id.cc\n"));
        assertTrue(error.getMessage().contains("Could not find TypeId"), error.getMessage());
        assertThrows(IllegalArgumentException.class,
            () -> Ns3Result.parse("ns3-echo routers=8 round_trips=-1 wall_ns=1 sim_ns=1"));
    }

    @Test
    void shouldHaveNoRateWithoutWallTime()
    {
        assertTrue(Double.isNaN(new Ns3Result(0, 10, 0, 0).roundTripsPerSecond()));
    }
}
