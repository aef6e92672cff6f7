package dev.nslab.stack.neigh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.frame.FramePool;
import dev.nslab.core.time.EventLoop;
import dev.nslab.core.time.KernelTimers;

/**
 * The neighbour table alone, with explicit times and a recording protocol in place of ARP: every NUD transition of
 * net/core/neighbour.c that nslab models, and what the table asks of its protocol at each.
 */
class NeighbourTableTest
{
    private static final long MS = 1_000_000L;
    private static final long SECOND = 1_000 * MS;
    private static final long MAC = 0x02_00_00_00_00_07L;
    private static final int ADDRESS = 0x0A00_0102;
    private static final long MULTICAST = 0xE000_0005L;
    private static final long MULTICAST_MAC = 0x0100_5E00_0005L;

    private final EventLoop loop = new EventLoop();
    private final FramePool pool = new FramePool();
    private final RecordingProtocol protocol = new RecordingProtocol();
    private final NeighbourParameters parameters = new NeighbourParameters();
    private final NeighbourTable table = new NeighbourTable(() -> "eth0", protocol,
        new NeighbourContext(loop, new KernelTimers(0), new SplittableRandom(1), action -> action.accept(tableRef())),
        parameters);

    private NeighbourTable tableRef()
    {
        return table;
    }

    @Test
    void shouldSolicitAtOnceThenEveryRetransTimeAndFailAfterTheMulticastProbes()
    {
        table.output(packet(1), ADDRESS, 0);
        table.output(packet(2), ADDRESS, 10 * MS);
        assertEquals(NeighbourState.INCOMPLETE, table.lookup(ADDRESS).state());
        runUntil(4 * SECOND);
        // mcast_solicit 3: three broadcast requests about 1 s apart (the timer wheel rounds to 8 jiffies), then FAILED.
        assertEquals(List.of("0 solicit broadcast", "1024 solicit broadcast", "2048 solicit broadcast",
            "3072 failed 1", "3072 failed 2"), protocol.events);
        assertEquals(NeighbourState.FAILED, table.lookup(ADDRESS).state());
    }

    @Test
    void shouldSendWhatWaitedOldestFirstOnceAReplyConfirmsTheAddress()
    {
        table.output(packet(1), ADDRESS, 0);
        table.output(packet(2), ADDRESS, 0);
        loop.runUntil(100 * MS);
        table.learnFromArp(ADDRESS, MAC, true, 100 * MS);
        final Neighbour neighbour = table.lookup(ADDRESS);
        assertEquals(NeighbourState.REACHABLE, neighbour.state());
        assertEquals(MAC, neighbour.mac());
        assertEquals(List.of("0 solicit broadcast", "100 transmit 1 to 20000000007", "100 transmit 2 to 20000000007"),
            protocol.events);
        assertEquals(0, neighbour.queueLength());
    }

    @Test
    void shouldGoStaleAfterTheReachableTimeWhenUnused()
    {
        confirm();
        runUntil(14 * SECOND);
        assertEquals(NeighbourState.REACHABLE, table.lookup(ADDRESS).state(), "at least base_reachable_time / 2");
        runUntil(46 * SECOND);
        assertEquals(NeighbourState.STALE, table.lookup(ADDRESS).state(), "at most 3 / 2 base_reachable_time");
    }

    @Test
    void shouldDelayThenProbeByUnicastAndFailWhenAStaleEntryIsUsedAndNeverConfirmed()
    {
        confirm();
        runUntil(50 * SECOND);
        protocol.events.clear();
        table.output(packet(3), ADDRESS, 50 * SECOND);
        assertEquals(NeighbourState.DELAY, table.lookup(ADDRESS).state());
        assertEquals(List.of("50000 transmit 3 to 20000000007"), protocol.events, "a DELAY entry sends at once");
        runUntil(56 * SECOND);
        assertEquals(NeighbourState.PROBE, table.lookup(ADDRESS).state(), "delay_first_probe_time is 5 s");
        runUntil(60 * SECOND);
        assertEquals(NeighbourState.FAILED, table.lookup(ADDRESS).state());
        assertEquals(3, protocol.events.stream().filter(event -> event.endsWith("solicit unicast")).count(),
            "ucast_solicit unicast probes, no broadcast (mcast_resolicit 0)");
    }

    @Test
    void shouldBeReachableAgainWhenConfirmedDuringTheDelay()
    {
        confirm();
        runUntil(50 * SECOND);
        table.output(packet(3), ADDRESS, 50 * SECOND);
        table.learnFromArp(ADDRESS, MAC, true, 52 * SECOND);
        runUntil(56 * SECOND);
        assertEquals(NeighbourState.REACHABLE, table.lookup(ADDRESS).state());
    }

    @Test
    void shouldTurnStaleWhenOtherArpTellsADifferentAddressAfterLocktime()
    {
        confirm();
        table.learnFromArp(ADDRESS, MAC + 1, false, 500 * MS);
        assertEquals(MAC, table.lookup(ADDRESS).mac(), "within locktime (1 s) a valid address stays");
        table.learnFromArp(ADDRESS, MAC + 1, false, 2 * SECOND);
        assertEquals(MAC + 1, table.lookup(ADDRESS).mac());
        assertEquals(NeighbourState.STALE, table.lookup(ADDRESS).state());
    }

    @Test
    void shouldDropTheOldestQueuedPacketWhenTheQueueIsFull()
    {
        parameters.unresolvedQueueLength = 2;
        table.output(packet(1), ADDRESS, 0);
        table.output(packet(2), ADDRESS, 0);
        table.output(packet(3), ADDRESS, 0);
        assertEquals(List.of("0 solicit broadcast", "dropped 1 QUEUE_FULL"), protocol.events);
        assertEquals(2, table.lookup(ADDRESS).queueLength());
    }

    @Test
    void shouldFailAtOnceWhenNoProbeIsAllowed()
    {
        parameters.mcastSolicit = 0;
        table.output(packet(1), ADDRESS, 0);
        assertEquals(NeighbourState.FAILED, table.lookup(ADDRESS).state());
        assertEquals(List.of("dropped 1 RESOLUTION_DISABLED"), protocol.events);
    }

    @Test
    void shouldLearnTheSenderOfARequestAsStale()
    {
        table.learnFromRequest(ADDRESS, MAC, 0);
        assertEquals(NeighbourState.STALE, table.lookup(ADDRESS).state());
        table.learnFromArp(ADDRESS + 1, MAC, true, 0);
        assertNull(table.lookup(ADDRESS + 1), "a reply creates no entry");
    }

    @Test
    void shouldKeepKeysThatDifferOnlyInTheirHighBitsApart()
    {
        table.learnFromRequest(0x2001_0db8_0000_0000L, 1, MAC, 0);
        table.learnFromRequest(0, 1, MAC + 1, 0);
        final Neighbour wide = table.lookup(0x2001_0db8_0000_0000L, 1);
        final Neighbour narrow = table.lookup(0, 1);
        assertNotSame(wide, narrow);
        assertEquals(MAC, wide.mac());
        assertEquals(MAC + 1, narrow.mac());
        assertEquals(2, table.size());
    }

    @Test
    void shouldDropWaitingPacketsAndForgetEveryEntryOnClear()
    {
        table.output(packet(1), ADDRESS, 0);
        table.clear();
        assertNull(table.lookup(ADDRESS));
        assertTrue(protocol.events.contains("dropped 1 ENTRY_REMOVED"));
        runUntil(5 * SECOND);
        assertEquals(1, protocol.events.stream().filter(event -> event.contains("solicit")).count(),
            "a removed entry's timer is gone");
    }

    @Test
    void shouldKeepAPermanentEntryAgainstWhatTheProtocolHears()
    {
        assertEquals(NeighbourTable.AdminResult.DONE, table.administer(0, ADDRESS, ADDRESS, true, MAC,
            NeighbourState.PERMANENT, false, true, true, 0));
        table.learnFromArp(ADDRESS, 0x02_00_00_00_00_09L, true, 10 * MS);
        table.learnFromRequest(ADDRESS, 0x02_00_00_00_00_09L, 20 * MS);
        final Neighbour neighbour = table.lookup(ADDRESS);
        assertEquals(NeighbourState.PERMANENT, neighbour.state());
        assertEquals(MAC, neighbour.mac(), "only an administrator changes a PERMANENT entry");
        assertEquals(NeighbourTable.AdminResult.EXISTS, table.administer(0, ADDRESS, ADDRESS, true, MAC,
            NeighbourState.STALE, false, true, true, 30 * MS), "add is NLM_F_EXCL");
        assertEquals(NeighbourTable.AdminResult.NO_ENTRY, table.administer(0, ADDRESS + 1, ADDRESS + 1, true, MAC,
            NeighbourState.STALE, false, false, false, 30 * MS), "change does not create");
        table.output(packet(1), ADDRESS, 40 * MS);
        assertEquals(List.of("40 transmit 1 to 20000000007"), protocol.events);
    }

    @Test
    void shouldLeaveANewEntryInNoneWhenAValidStateComesWithoutAnAddress()
    {
        assertEquals(NeighbourTable.AdminResult.NO_LINK_ADDRESS, table.administer(0, ADDRESS, ADDRESS, false, 0,
            NeighbourState.PERMANENT, false, true, true, 0));
        assertEquals(NeighbourState.NONE, table.lookup(ADDRESS).state(), "neigh_add made the entry before the update");
        assertTrue(table.entries().isEmpty(), "ip neigh hides NONE entries");
        // A multicast group's entry starts NOARP with its mapped address, which a state without lladdr keeps.
        assertEquals(NeighbourTable.AdminResult.DONE, table.administer(0, MULTICAST, MULTICAST, false, 0,
            NeighbourState.PERMANENT, false, true, true, 0));
        assertEquals(MULTICAST_MAC, table.lookup(0, MULTICAST).mac());
    }

    @Test
    void shouldSendWhatWaitedWhenAnAdministratorGivesTheAddress()
    {
        table.output(packet(1), ADDRESS, 0);
        table.administer(0, ADDRESS, ADDRESS, true, MAC, NeighbourState.REACHABLE, true, true, false, 5 * MS);
        final Neighbour neighbour = table.lookup(ADDRESS);
        assertEquals(NeighbourState.REACHABLE, neighbour.state());
        assertTrue(neighbour.isRouter());
        assertEquals(List.of("0 solicit broadcast", "5 transmit 1 to 20000000007"), protocol.events);
        runUntil(46 * SECOND);
        assertEquals(NeighbourState.STALE, neighbour.state(), "an administered REACHABLE entry ages as any other");
    }

    @Test
    void shouldReportWhatWaitedAndRemoveTheEntryOnDelete()
    {
        table.output(packet(1), ADDRESS, 0);
        assertTrue(table.administerDelete(0, ADDRESS, 5 * MS));
        assertNull(table.lookup(ADDRESS));
        assertEquals(List.of("0 solicit broadcast", "5 failed 1"), protocol.events);
        assertTrue(!table.administerDelete(0, ADDRESS, 6 * MS), "no entry: -ENOENT");
        runUntil(4 * SECOND);
        assertEquals(2, protocol.events.size(), "no timer of the deleted entry fires");
    }

    @Test
    void shouldKeepOnlyPermanentEntriesOnCarrierDown()
    {
        table.administer(0, ADDRESS, ADDRESS, true, MAC, NeighbourState.PERMANENT, false, true, true, 0);
        table.administer(0, ADDRESS + 1, ADDRESS + 1, true, MAC, NeighbourState.STALE, false, true, true, 0);
        table.clearKeepingPermanent();
        assertEquals(1, table.size());
        assertEquals(NeighbourState.PERMANENT, table.lookup(ADDRESS).state());
    }

    private void confirm()
    {
        table.learnFromRequest(ADDRESS, MAC, 0);
        table.learnFromArp(ADDRESS, MAC, true, 0);
        assertEquals(NeighbourState.REACHABLE, table.lookup(ADDRESS).state());
        protocol.events.clear();
    }

    private void runUntil(final long time)
    {
        loop.runUntil(time);
    }

    private Frame packet(final int mark)
    {
        // The packet's length tells the packets apart: 20 bytes plus its number.
        return pool.acquire().reset(20 + mark);
    }

    private static int number(final Frame packet)
    {
        return packet.length() - 20;
    }

    /** Records what the table asked, with the time in ms. */
    private final class RecordingProtocol implements NeighbourProtocol
    {
        final List<String> events = new ArrayList<>();

        @Override
        public void solicit(final Neighbour neighbour, final boolean unicast, final long now)
        {
            events.add(now / MS + " solicit " + (unicast ? "unicast" : "broadcast"));
        }

        @Override
        public void resolutionFailed(final Frame packet, final long now)
        {
            events.add(now / MS + " failed " + number(packet));
            packet.release();
        }

        @Override
        public void transmit(final Frame packet, final long mac, final long now)
        {
            events.add(now / MS + " transmit " + number(packet) + " to " + Long.toHexString(mac));
            packet.release();
        }

        @Override
        public void dropped(final Frame packet, final NeighbourDrop reason)
        {
            events.add("dropped " + number(packet) + " " + reason);
            packet.release();
        }

        @Override
        public long noArpAddress(final long keyHigh, final long keyLow)
        {
            return keyLow == MULTICAST ? MULTICAST_MAC : -1;
        }
    }
}
