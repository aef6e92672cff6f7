package dev.nslab.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.nslab.core.frame.Frame;
import dev.nslab.core.wire.IcmpView;
import dev.nslab.core.wire.Ipv4View;
import dev.nslab.stack.app.PingResult;
import dev.nslab.stack.ipv4.RawIcmpSocket;

/**
 * A raw ICMP socket's receiver may send or close sockets from inside its callback: the stack's own handling of the
 * packet being delivered (the echo reply) goes on unchanged, and the delivery neither skips nor fails.
 */
class SocketReentryTest
{
    private final Lab lab = new Lab();
    private final NetNamespace a = lab.ns("a");
    private final NetNamespace b = lab.ns("b");

    SocketReentryTest()
    {
        lab.veth(a, "va", "10.0.1.1/24", b, "vb", "10.0.1.2/24");
    }

    @Test
    void shouldStillAnswerAnEchoWhenAReceiverSendsFromItsCallback()
    {
        final int[] sent = new int[1];
        final RawIcmpSocket[] socket = new RawIcmpSocket[1];
        socket[0] = new RawIcmpSocket(b.ipv4(), (packet, now) ->
        {
            final Ipv4View ip = new Ipv4View().wrap(packet.buffer(), packet.offset());
            if (new IcmpView().wrap(packet.buffer(), ip.payloadOffset()).type() == IcmpView.TYPE_ECHO_REQUEST)
            {
                // An unrelated message to a third address: its route and header re-point the stack's views.
                socket[0].send(timestampRequest(socket[0]), 0, Lab.ip("10.0.1.77"), 64);
                sent[0]++;
            }
        });
        final PingResult result = lab.ping(a, "10.0.1.2", "-c 3 -i 0.2");
        assertEquals(3, sent[0]);
        assertEquals(3, result.received(), "every echo is answered although the receiver sent in between");
    }

    @Test
    void shouldDeliverToEverySocketWhenOneClosesItselfInItsCallback()
    {
        final List<String> heard = new ArrayList<>();
        final RawIcmpSocket[] first = new RawIcmpSocket[1];
        final RawIcmpSocket[] second = new RawIcmpSocket[1];
        first[0] = new RawIcmpSocket(b.ipv4(), (packet, now) ->
        {
            heard.add("first");
            first[0].close();
            second[0].close();
        });
        second[0] = new RawIcmpSocket(b.ipv4(), (packet, now) -> heard.add("second"));
        final RawIcmpSocket third = new RawIcmpSocket(b.ipv4(), (packet, now) -> heard.add("third"));
        final PingResult result = lab.ping(a, "10.0.1.2", "-c 2 -i 0.2");
        assertEquals(2, result.received());
        // The first request: the first socket closes both; the closed second hears nothing, the third does.
        assertEquals(List.of("first", "third", "third"), heard);
        third.close();
    }

    private static Frame timestampRequest(final RawIcmpSocket socket)
    {
        final Frame frame = socket.pool().acquire().reset(IcmpView.HEADER_LENGTH + 12);
        new IcmpView().wrap(frame.buffer(), frame.offset()).type(13).code(0).identifier(1).sequence(1)
            .updateChecksum(IcmpView.HEADER_LENGTH + 12);
        return frame;
    }
}
