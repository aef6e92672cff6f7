package dev.nslab.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import dev.nslab.stack.link.TapDevice;
import dev.nslab.stack.link.VethDevice;
import static dev.nslab.stack.Lab.MS;

/** Frames from byte arrays into devices at virtual times, through the normal receive path. */
class FrameInjectorTest
{
    @Test
    void shouldReceiveEachFrameWhenVirtualTimeReachesIt()
    {
        final Lab lab = new Lab();
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        final VethDevice va = a.addVethPair("va", "vb", b);
        a.setUp(va);
        b.setUp(b.requireDevice("vb"));
        final byte[] runt = new byte[10];
        final byte[] unknownEthertype = new byte[60];
        unknownEthertype[12] = (byte)0x88;
        unknownEthertype[13] = (byte)0xB5;
        final FrameInjector injector = new FrameInjector(lab.sim, "a", "va")
            .add(5 * MS, runt).add(5 * MS, unknownEthertype).add(20 * MS, unknownEthertype);
        injector.start();
        lab.sim.runFor(10 * MS);
        assertEquals(2, injector.injectedFrames());
        assertEquals(1, va.counters().rxLengthErrors, "the runt, counted as Linux does");
        assertEquals(1, va.counters().rxDropped, "the unknown ethertype");
        lab.sim.runFor(20 * MS);
        assertEquals(3, injector.injectedFrames());
        assertEquals(2, va.counters().rxDropped);
        assertEquals(0, lab.sim.pool().outstanding(), "every frame released");
    }

    @Test
    void shouldAttachAnUnattachedTapAndCountFramesForMissingDevices()
    {
        final Lab lab = new Lab();
        final TapDevice tap = lab.sim.host().addTap("tap0");
        lab.sim.host().setUp(tap);
        final FrameInjector toTap = new FrameInjector(lab.sim, FrameInjector.INITIAL_NAMESPACE, "tap0").add(0, new byte[60]);
        final FrameInjector toNothing = new FrameInjector(lab.sim, "nons", "eth0").add(0, new byte[60]);
        toTap.start();
        toNothing.start();
        lab.sim.runFor(MS);
        assertNotNull(tap.handle(), "injecting is what a program holding the tap does");
        assertEquals(1, tap.counters().rxPackets);
        assertEquals(1, toNothing.missedFrames());
        assertEquals(0, toNothing.injectedFrames());
    }

    @Test
    void shouldRefuseFramesOutOfTimeOrder()
    {
        final FrameInjector injector = new FrameInjector(new Simulation(1), "a", "va").add(10, new byte[14]);
        assertThrows(IllegalArgumentException.class, () -> injector.add(5, new byte[14]));
        assertThrows(IllegalArgumentException.class, () -> injector.add(-1, new byte[14]));
    }
}
