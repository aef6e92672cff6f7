package dev.nslab.stack.ipv6;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.nslab.core.capture.CapturePoint;
import dev.nslab.core.capture.CaptureSink;
import dev.nslab.core.wire.Bytes;
import dev.nslab.core.wire.EthernetView;
import dev.nslab.core.wire.Ipv6View;
import dev.nslab.stack.Lab;
import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.app.PingOptions;
import dev.nslab.stack.link.VethDevice;

/**
 * {@code ping -Q TOS fd00::2}: IPV6_TCLASS puts the value in the request's traffic class, and the echo reply
 * carries it back (kernel 6.18, measured: -Q 0xb9 gave 0xb9 both ways).
 */
class PingTrafficClassTest
{
    private static final int ICMPV6 = 58;

    @Test
    void shouldSendTheTrafficClassAndGetItBack()
    {
        final Lab lab = new Lab(5);
        final List<int[]> echoes = new ArrayList<>();
        lab.sim.setCaptureSink(new CaptureSink()
        {
            @Override
            public CapturePoint open(final String namespace, final String device, final long mac)
            {
                return (timeNs, outbound, buffer, offset, length) ->
                {
                    if (!namespace.equals("a"))
                    {
                        return;
                    }
                    final int ip = offset + EthernetView.HEADER_LENGTH;
                    if (length > EthernetView.HEADER_LENGTH + Ipv6View.HEADER_LENGTH
                        && Bytes.u16(buffer, offset + 12) == EthernetView.ETHERTYPE_IPV6
                        && (buffer[ip + 6] & 0xFF) == ICMPV6)
                    {
                        final int type = buffer[ip + Ipv6View.HEADER_LENGTH] & 0xFF;
                        if (type == 128 || type == 129)
                        {
                            echoes.add(new int[] {type, new Ipv6View().wrap(buffer, ip).trafficClass()});
                        }
                    }
                };
            }

            @Override
            public void close()
            {
            }
        });
        final NetNamespace a = lab.ns("a");
        final NetNamespace b = lab.ns("b");
        final VethDevice va = lab.veth(a, "va", null, b, "vb", null);
        final long[] to = Ipv6Address.parse("fd00::2");
        a.ipv6().addAddress(va, Ipv6Address.parse("fd00::1")[0], Ipv6Address.parse("fd00::1")[1], 64, true);
        b.ipv6().addAddress(va.peer(), to[0], to[1], 64, true);
        lab.sim.runFor(2 * Lab.SECOND);
        assertEquals(1, lab.sim.ping(a, PingOptions.toIpv6(to[0], to[1], "fd00::2").count(1).tos(0xb9)).received());
        assertEquals(2, echoes.size(), "the request and the reply on va");
        assertEquals(List.of(128, 0xb9), List.of(echoes.get(0)[0], echoes.get(0)[1]));
        assertEquals(List.of(129, 0xb9), List.of(echoes.get(1)[0], echoes.get(1)[1]), "reflected");
    }
}
