package dev.nslab.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import dev.nslab.stack.app.PingOptions;
import dev.nslab.stack.app.PingResult;
import dev.nslab.stack.netlink.NetlinkException;
import static dev.nslab.stack.Lab.MS;

/**
 * {@code ip netns delete} as kernel 6.18 does it: the name goes at once, cleanup_net follows from a workqueue a few
 * milliseconds later, which here is {@link Simulation#NETNS_CLEANUP_DELAY_NS} of virtual time or the third command
 * after the delete, whichever comes first.
 */
class NamespaceDeletionTest
{
    private final Lab lab = new Lab();
    private final NetNamespace a = lab.ns("a");
    private final NetNamespace b = lab.ns("b");

    NamespaceDeletionTest()
    {
        lab.veth(a, "va", "10.0.0.1/24", b, "vb", "10.0.0.2/24");
    }

    @Test
    void shouldKeepThePeerForTheTwoCommandsAfterTheDeleteOnly()
    {
        lab.sim.commandStarting(); // ip netns delete a
        lab.sim.unlinkNamespace("a");
        assertNull(lab.sim.namespace("a"), "the name goes at once");
        lab.sim.commandStarting(); // the next command still sees the peer
        assertNotNull(b.device("vb"));
        lab.sim.commandStarting(); // and the one after gets answers through it
        assertEquals(1, lab.sim.ping(b, PingOptions.to("10.0.0.1").count(1)).received());
        lab.sim.commandStarting(); // the third finds it gone
        assertNull(b.device("vb"));
        assertEquals(NetlinkException.Errno.ENETUNREACH,
            lab.sim.ping(b, PingOptions.to("10.0.0.1").count(1)).connectError());
    }

    @Test
    void shouldCleanUpAfterTheDelayWhenNoCommandsCome()
    {
        lab.sim.unlinkNamespace("a");
        lab.sim.runFor(Simulation.NETNS_CLEANUP_DELAY_NS - MS);
        assertNotNull(b.device("vb"));
        lab.sim.runFor(MS);
        assertNull(b.device("vb"));
        lab.sim.commandStarting();
        lab.sim.commandStarting();
        assertNull(b.device("vb"), "a cleanup happens once");
    }

    @Test
    void shouldLoseTheLaterEchoesOfAPingThatOutlivesTheCleanup()
    {
        lab.sim.commandStarting();
        lab.sim.unlinkNamespace("a");
        lab.sim.commandStarting();
        lab.sim.commandStarting();
        final PingResult result = lab.sim.ping(b, PingOptions.to("10.0.0.1").count(3).lingerMs(1000));
        assertEquals(3, result.transmitted(), "sendmsg's ENETUNREACH is silent and counted");
        assertEquals(1, result.received());
        assertEquals(0, result.errors());
    }
}
