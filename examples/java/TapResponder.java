import java.util.concurrent.atomic.AtomicBoolean;

import dev.nslab.core.wire.ArpView;
import dev.nslab.core.wire.EthernetView;
import dev.nslab.core.wire.IcmpView;
import dev.nslab.core.wire.Ipv4View;
import dev.nslab.stack.NetNamespace;
import dev.nslab.stack.Simulation;
import dev.nslab.stack.app.PingOptions;
import dev.nslab.stack.app.PingResult;
import dev.nslab.stack.ipv4.Ipv4Device;
import dev.nslab.stack.link.TapDevice;
import dev.nslab.stack.link.TapHandle;
import dev.nslab.stack.neigh.Neighbour;

/**
 * A tiny host in userspace behind a tap: namespace ns0 pings 10.0.0.2, which no namespace holds, and this program
 * answers ARP and ping for it from its own thread, as a program holding the tap's /dev/net/tun would.
 */
public final class TapResponder
{
    private static final int HOST_IP = Ipv4View.parse("10.0.0.2");
    private static final long HOST_MAC = 0x02_00_00_00_00_02L;  // 02:00:00:00:00:02, locally administered

    public static void main(final String[] args) throws InterruptedException
    {
        final Simulation sim = new Simulation(42);
        final NetNamespace ns0 = sim.addNamespace("ns0");           // ip netns add ns0
        final TapDevice tap = ns0.addTap("tap0");                   // ip -n ns0 tuntap add dev tap0 mode tap
        ns0.addAddress(tap, Ipv4View.parse("10.0.0.1"), 24, 0);     // ip -n ns0 addr add 10.0.0.1/24 dev tap0
        ns0.setUp(tap);                                             // ip -n ns0 link set tap0 up
        final TapHandle handle = tap.attach();                      // open /dev/net/tun: the tap gets carrier

        final AtomicBoolean stop = new AtomicBoolean();
        final Thread host = new Thread(() -> serve(handle, stop), "host");
        host.start();
        // A real thread answers, so virtual time must not run ahead of the wall clock: pace it, 1:1.
        sim.setRealtimePace(1.0);
        // ip netns exec ns0 ping -c 3 10.0.0.2; this thread runs the simulation until the ping ends.
        final PingResult ping = sim.ping(ns0, PingOptions.to("10.0.0.2").count(3), event ->
        {
            if (event instanceof PingResult.Reply reply)
            {
                System.out.println(reply.bytes() + " bytes from " + Ipv4View.format(reply.from().ipv4()) + ": icmp_seq="
                    + reply.sequence() + " ttl=" + reply.ttl());
            }
        });
        stop.set(true);
        host.join();
        System.out.println(ping.transmitted() + " packets transmitted, " + ping.received() + " received");
        final Neighbour neighbour = Ipv4Device.of(tap).neighbours().lookup(HOST_IP);
        System.out.println("10.0.0.2 dev tap0 lladdr " + mac(neighbour.mac()) + " " + neighbour.state());
    }

    /** The host's thread: reads what the stack sent (waiting with a backoff, never spinning) and answers it. */
    private static void serve(final TapHandle handle, final AtomicBoolean stop)
    {
        final byte[] frame = new byte[2048];
        final byte[] reply = new byte[2048];
        while (!stop.get())
        {
            final int length = handle.read(frame, 0, frame.length, 100_000_000L);
            final int replyLength = length < 0 ? 0 : answer(frame, length, reply);
            if (replyLength > 0)
            {
                handle.write(reply, 0, replyLength);
            }
        }
    }

    /** @return the length of the answer written into {@code out}, or 0 when the frame needs none. */
    private static int answer(final byte[] in, final int length, final byte[] out)
    {
        if (!EthernetView.isValid(length))
        {
            return 0;
        }
        final EthernetView ethernet = new EthernetView().wrap(in, 0, length);
        if (ethernet.etherType() == EthernetView.ETHERTYPE_ARP)
        {
            return answerArp(ethernet, in, out);
        }
        if (ethernet.etherType() == EthernetView.ETHERTYPE_IPV4)
        {
            return answerEcho(ethernet, in, out);
        }
        return 0;
    }

    /** An ARP request for our address gets "10.0.0.2 is-at 02:00:00:00:00:02", sent to whoever asked. */
    private static int answerArp(final EthernetView ethernet, final byte[] in, final byte[] out)
    {
        if (!ArpView.isValid(in, ethernet.payloadOffset(), ethernet.payloadLength()))
        {
            return 0;
        }
        final ArpView request = new ArpView().wrap(in, ethernet.payloadOffset());
        if (request.operation() != ArpView.OPERATION_REQUEST || request.targetIp() != HOST_IP)
        {
            return 0;
        }
        System.out.println("host: ARP who-has " + Ipv4View.format(request.targetIp()) + " tell "
            + Ipv4View.format(request.senderIp()) + ", answered " + mac(HOST_MAC));
        new EthernetView().wrap(out, 0, EthernetView.HEADER_LENGTH + ArpView.LENGTH)
            .destination(request.senderMac()).source(HOST_MAC).etherType(EthernetView.ETHERTYPE_ARP);
        new ArpView().wrap(out, EthernetView.HEADER_LENGTH)
            .write(ArpView.OPERATION_REPLY, HOST_MAC, HOST_IP, request.senderMac(), request.senderIp());
        return EthernetView.HEADER_LENGTH + ArpView.LENGTH;
    }

    /** An ICMP echo request to our address gets its echo reply: same identifier, sequence and data. */
    private static int answerEcho(final EthernetView ethernet, final byte[] in, final byte[] out)
    {
        final int ipOffset = ethernet.payloadOffset();
        if (Ipv4View.check(in, ipOffset, ethernet.payloadLength()) != Ipv4View.Problem.NONE)
        {
            return 0;
        }
        final Ipv4View ip = new Ipv4View().wrap(in, ipOffset);
        if (ip.destination() != HOST_IP || ip.protocol() != Ipv4View.PROTOCOL_ICMP || ip.isFragment()
            || !IcmpView.isValid(in, ip.payloadOffset(), ip.payloadLength()))
        {
            return 0;
        }
        final IcmpView request = new IcmpView().wrap(in, ip.payloadOffset());
        if (request.type() != IcmpView.TYPE_ECHO_REQUEST)
        {
            return 0;
        }
        System.out.println("host: echo request icmp_seq=" + request.sequence() + " from "
            + Ipv4View.format(ip.source()) + ", answered");
        final int icmpLength = ip.payloadLength();
        final int replyIpOffset = EthernetView.HEADER_LENGTH;
        final int replyIcmpOffset = replyIpOffset + Ipv4View.MIN_HEADER_LENGTH;
        new EthernetView().wrap(out, 0, replyIcmpOffset + icmpLength)
            .destination(ethernet.source()).source(HOST_MAC).etherType(EthernetView.ETHERTYPE_IPV4);
        new Ipv4View().wrap(out, replyIpOffset).write(0, Ipv4View.MIN_HEADER_LENGTH + icmpLength, ip.identification(),
            Ipv4View.FLAG_DONT_FRAGMENT, 64, Ipv4View.PROTOCOL_ICMP, HOST_IP, ip.source());
        System.arraycopy(in, ip.payloadOffset(), out, replyIcmpOffset, icmpLength);
        new IcmpView().wrap(out, replyIcmpOffset).echoRequestToReply();
        return replyIcmpOffset + icmpLength;
    }

    /** @return a MAC address as ip prints it, e.g. 02:00:00:00:00:02. */
    private static String mac(final long mac)
    {
        final StringBuilder text = new StringBuilder();
        for (int shift = 40; shift >= 0; shift -= 8)
        {
            text.append(String.format("%02x", (mac >>> shift) & 0xFF)).append(shift > 0 ? ":" : "");
        }
        return text.toString();
    }
}
