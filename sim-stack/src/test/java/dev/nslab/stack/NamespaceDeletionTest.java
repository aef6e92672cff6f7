package dev.nslab.stack;

import static dev.nslab.stack.Lab.MS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import dev.nslab.stack.app.PingOptions;
import dev.nslab.stack.app.PingResult;
import dev.nslab.stack.netlink.NetlinkException;

/**
 * {@code ip netns delete} as kernel 6.18 does it (see {@link NamespaceCleanup} for the measurements): the name goes
 * at once; the namespace goes when nothing holds it: before the next command when nothing does, about six commands
 * later when the command before the delete had a socket in it, about seven when it holds a bridge.
 */
class NamespaceDeletionTest
{
    /** A scenario's ip command, as the interpreter spaces them. */
    private static final long COMMAND = 2_500_000L;

    private final Lab lab = new Lab();
    private final NetNamespace a = lab.ns("a");
    private final NetNamespace b = lab.ns("b");

    NamespaceDeletionTest()
    {
        lab.veth(a, "va", "10.0.0.1/24", b, "vb", "10.0.0.2/24");
    }

    /** @return how many commands, COMMAND apart after the delete, still saw the peer (up to 20). */
    private int commandsSeeingThePeer()
    {
        int seen = 0;
        for (int i = 0; i < 20; i++)
        {
            lab.sim.commandStarting(COMMAND);
            if (b.device("vb") == null)
            {
                return seen;
            }
            seen++;
        }
        return seen;
    }

    private void deleteA()
    {
        lab.sim.commandStarting(COMMAND);
        lab.sim.unlinkNamespace("a");
        assertNull(lab.sim.namespace("a"), "the name goes at once");
    }

    @Test
    void shouldBeGoneBeforeTheNextCommandWhenNothingHoldsIt()
    {
        lab.sim.socketOpened(a); // long before: its socket was freed
        lab.sim.commandStarting(COMMAND);
        lab.sim.runFor(1000 * MS);
        deleteA();
        assertEquals(0, commandsSeeingThePeer());
    }

    @Test
    void shouldWaitForTheSocketOfTheCommandJustBefore()
    {
        lab.sim.commandStarting(COMMAND);
        lab.sim.socketOpened(a); // ip -n a link show
        deleteA();
        assertEquals(6, commandsSeeingThePeer());
    }

    @Test
    void shouldWaitLessForASocketTwoCommandsBack()
    {
        lab.sim.commandStarting(COMMAND);
        lab.sim.socketOpened(a);
        lab.sim.commandStarting(COMMAND);
        lab.sim.socketOpened(lab.sim.host()); // ip link show, in the initial namespace
        deleteA();
        assertEquals(5, commandsSeeingThePeer());
    }

    @Test
    void shouldWaitForTheSocketOfTheDeletingCommandItself()
    {
        lab.sim.commandStarting(COMMAND);
        lab.sim.unlinkNamespace("a");
        lab.sim.socketOpened(a); // ip -n a netns delete a: a socket one command later than just before
        assertEquals(7, commandsSeeingThePeer());
    }

    @Test
    void shouldTakeLongerWithABridge()
    {
        a.addBridge("br0");
        deleteA();
        assertEquals(7, commandsSeeingThePeer());
    }

    @Test
    void shouldTearDownNamespacesDeletedTogetherInOneBatch()
    {
        final NetNamespace c = lab.ns("c");
        lab.veth(c, "vc", "10.0.1.1/24", b, "vd", "10.0.1.2/24");
        c.addBridge("br0");
        lab.sim.commandStarting(COMMAND);
        lab.sim.unlinkNamespace("a"); // ip -all netns delete
        lab.sim.unlinkNamespace("c");
        lab.sim.runFor(NamespaceCleanup.START_NS + NamespaceCleanup.BRIDGE_NS - MS);
        assertNotNull(b.device("vb"), "a waits for the batch that c's bridge makes slow");
        assertNotNull(b.device("vd"));
        lab.sim.runFor(MS);
        assertNull(b.device("vb"));
        assertNull(b.device("vd"));
    }

    @Test
    void shouldQueueALaterDeleteBehindABatchStillRunning()
    {
        final NetNamespace c = lab.ns("c");
        lab.veth(c, "vc", "10.0.1.1/24", b, "vd", "10.0.1.2/24");
        a.addBridge("br0");
        deleteA();
        lab.sim.commandStarting(COMMAND);
        lab.sim.unlinkNamespace("c");
        lab.sim.runFor(NamespaceCleanup.START_NS + NamespaceCleanup.BRIDGE_NS - COMMAND - MS);
        assertNotNull(b.device("vd"), "the ordered workqueue is still busy with a");
        lab.sim.runFor(MS);
        assertNull(b.device("vb"));
        assertNull(b.device("vd"));
    }

    @Test
    void shouldAnswerThroughTheDyingNamespaceUntilItsCleanup()
    {
        lab.sim.commandStarting(COMMAND);
        lab.sim.socketOpened(a);
        deleteA();
        lab.sim.commandStarting(COMMAND);
        assertEquals(1, lab.sim.ping(b, PingOptions.to("10.0.0.1").count(1)).received());
        lab.sim.runFor(NamespaceCleanup.SOCKET_HOLD_NS);
        assertNull(b.device("vb"));
        assertEquals(NetlinkException.Errno.ENETUNREACH,
            lab.sim.ping(b, PingOptions.to("10.0.0.1").count(1)).connectError());
    }

    @Test
    void shouldLoseTheLaterEchoesOfAPingThatOutlivesTheCleanup()
    {
        lab.sim.commandStarting(COMMAND);
        lab.sim.socketOpened(a);
        deleteA();
        final PingResult result = lab.sim.ping(b, PingOptions.to("10.0.0.1").count(3).lingerMs(1000));
        assertEquals(3, result.transmitted(), "sendmsg's ENETUNREACH is silent and counted");
        assertEquals(1, result.received());
        assertEquals(0, result.errors());
    }

    @Test
    void shouldCleanUpInVirtualTimeWithoutCommands()
    {
        lab.sim.unlinkNamespace("a");
        lab.sim.runFor(NamespaceCleanup.START_NS - 1);
        assertNotNull(b.device("vb"));
        lab.sim.runFor(1);
        assertNull(b.device("vb"));
    }
}
