package dev.nslab.pcap;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Reduces a capture to protocol-level lines, one per ARP or IPv4 frame, grouped by interface, so that the
 * simulator's and the kernel's captures of one scenario can be diffed ({@code nslab diff --pcap}):
 * <pre>
 * red/veth-red ARP request who-has 10.0.1.2 tell 10.0.1.1
 * red/veth-red ARP reply 10.0.1.2 to 10.0.1.1
 * red/veth-red ICMP echo request 10.0.1.1 &gt; 10.0.1.2 seq 1 ttl 64
 * br0 ARP request who-has 172.17.0.2 tell 172.17.0.1
 * </pre>
 * Each line starts with its interface's name, {@code DEV} for a device of the initial namespace and {@code NS/DEV}
 * for one of namespace {@code NS} (see {@link CaptureInterface}).
 * Left out, because they differ between runs or backends without meaning anything: timestamps, MAC addresses,
 * IP ids, ICMP echo ids, TCP sequence numbers, Ethernet padding and direction (tcpdump's pcap has none). Frames
 * other than ARP and IPv4 are left out too: the kernel sends IPv6 (MLD, router solicitations) that the simulator
 * does not, and that is no difference worth reporting. What is kept is what a scenario's correctness rests on:
 * addresses, ports, ICMP types, codes and sequence numbers, TTLs, fragments, whether an ARP request was broadcast,
 * and wrong IPv4 or ICMP checksums.
 *
 * <p>This decoder is written apart from the simulator's wire views on purpose: a bug in those views must not
 * be able to hide in the comparison.
 */
public final class CaptureSummary
{
    private static final int LINKTYPE_ETHERNET = 1;
    private static final int ETHERNET_HEADER = 14;
    private static final int ETHERTYPE_IPV4 = 0x0800;
    private static final int ETHERTYPE_ARP = 0x0806;
    private static final int ARP_LENGTH = 28;
    private static final int IPV4_MIN_HEADER = 20;
    private static final int PROTOCOL_ICMP = 1;
    private static final int PROTOCOL_TCP = 6;
    private static final int PROTOCOL_UDP = 17;
    private static final long BROADCAST = 0xFFFF_FFFF_FFFFL;

    private CaptureSummary()
    {
    }

    /**
     * @param capture a capture directory, a pcap or a pcapng.
     * @return the capture's lines, see {@link #summarise(List)}.
     * @throws CaptureException when the capture cannot be read.
     */
    public static List<String> of(final Path capture) throws CaptureException
    {
        return summarise(CaptureFiles.read(capture));
    }

    /**
     * The lines {@link #of(Path)} gives for a capture directory ({@code DEV.pcap}, {@code netns/NS/DEV.pcap}), handed over one at a time as
     * each file is read, record by record: a capture of any size is summarised in the memory of one record.
     *
     * @param directory a capture directory (one file per interface).
     * @param lines     receives each line.
     * @throws CaptureException when a file cannot be read.
     */
    public static void streamDirectory(final Path directory, final Consumer<String> lines) throws CaptureException
    {
        final List<Path> files = new ArrayList<>(CaptureFiles.pcapFilesIn(directory));
        // Interfaces in name order, as summarise() groups them; files of one name in file order (a stable sort).
        files.sort(Comparator.comparing(file -> CaptureFiles.interfaceNameOf(directory, file)));
        for (final Path file : files)
        {
            final String interfaceName = CaptureFiles.interfaceNameOf(directory, file);
            try (PcapFileReader reader = PcapFileReader.open(file, interfaceName))
            {
                for (CapturedPacket packet = reader.next(); null != packet; packet = reader.next())
                {
                    final String description = packet.linkType() == LINKTYPE_ETHERNET ? describe(packet.frame()) : null;
                    if (null != description)
                    {
                        lines.accept(interfaceName + " " + description);
                    }
                }
            }
        }
    }

    /**
     * @param packets packets of any number of interfaces.
     * @return {@code INTERFACE DESCRIPTION} lines: interfaces in name order, each interface's frames in the order
     *     given; interfaces with no ARP or IPv4 frame do not appear.
     */
    public static List<String> summarise(final List<CapturedPacket> packets)
    {
        final List<String> lines = new ArrayList<>();
        byInterface(packets).values().forEach(lines::addAll);
        return lines;
    }

    /**
     * @param packets packets of any number of interfaces.
     * @return the same lines as {@link #summarise(List)}, keyed by interface name (in name order). Grouped from the
     *     packets, not parsed from the lines: a namespace name may hold a space.
     */
    public static Map<String, List<String>> byInterface(final List<CapturedPacket> packets)
    {
        final Map<String, List<String>> byInterface = new TreeMap<>();
        for (final CapturedPacket packet : packets)
        {
            final String description = packet.linkType() == LINKTYPE_ETHERNET ? describe(packet.frame()) : null;
            if (null != description)
            {
                byInterface.computeIfAbsent(packet.interfaceName(), name -> new ArrayList<>())
                    .add(packet.interfaceName() + " " + description);
            }
        }
        return byInterface;
    }

    /**
     * @param frame an Ethernet frame, as captured.
     * @return one line for an ARP or IPv4 frame, or null for any other (IPv6, VLAN, LLDP...).
     */
    public static String describe(final byte[] frame)
    {
        if (frame.length < ETHERNET_HEADER)
        {
            return "malformed Ethernet (" + frame.length + " bytes)";
        }
        final ByteBuffer bytes = ByteBuffer.wrap(frame);
        final int etherType = bytes.getShort(12) & 0xFFFF;
        if (etherType == ETHERTYPE_ARP)
        {
            return describeArp(bytes, mac(bytes, 0) == BROADCAST);
        }
        if (etherType == ETHERTYPE_IPV4)
        {
            return describeIpv4(bytes, ETHERNET_HEADER);
        }
        return null;
    }

    private static String describeArp(final ByteBuffer bytes, final boolean broadcast)
    {
        final int arp = ETHERNET_HEADER;
        if (bytes.limit() - arp < ARP_LENGTH)
        {
            return "malformed ARP (" + (bytes.limit() - arp) + " bytes)";
        }
        final int hardwareType = bytes.getShort(arp) & 0xFFFF;
        final int protocolType = bytes.getShort(arp + 2) & 0xFFFF;
        if (hardwareType != 1 || protocolType != ETHERTYPE_IPV4 || bytes.get(arp + 4) != 6 || bytes.get(arp + 5) != 4)
        {
            return "ARP hardware " + hardwareType + " protocol 0x" + Integer.toHexString(protocolType);
        }
        final int operation = bytes.getShort(arp + 6) & 0xFFFF;
        final String sender = ip(bytes.getInt(arp + 14));
        final String target = ip(bytes.getInt(arp + 24));
        return switch (operation)
        {
            case 1 -> "ARP request who-has " + target + " tell " + sender + (broadcast ? "" : " unicast");
            case 2 -> "ARP reply " + sender + " to " + target;
            default -> "ARP operation " + operation + " " + sender + " > " + target;
        };
    }

    private static String describeIpv4(final ByteBuffer bytes, final int ip)
    {
        final int available = bytes.limit() - ip;
        if (available < IPV4_MIN_HEADER || (bytes.get(ip) & 0xF0) != 0x40)
        {
            return "malformed IPv4 (" + Math.max(available, 0) + " bytes)";
        }
        final int headerLength = (bytes.get(ip) & 0x0F) * 4;
        final int totalLength = bytes.getShort(ip + 2) & 0xFFFF;
        if (headerLength < IPV4_MIN_HEADER || headerLength > available || totalLength < headerLength)
        {
            return "malformed IPv4 header";
        }
        final int fragment = bytes.getShort(ip + 6) & 0xFFFF;
        final int fragmentOffset = (fragment & 0x1FFF) * 8;
        final boolean moreFragments = (fragment & 0x2000) != 0;
        final int ttl = bytes.get(ip + 8) & 0xFF;
        final int protocol = bytes.get(ip + 9) & 0xFF;
        final String source = ip(bytes.getInt(ip + 12));
        final String destination = ip(bytes.getInt(ip + 16));
        final StringBuilder line = new StringBuilder();
        final int payload = ip + headerLength;
        // Ethernet padding follows the datagram; a snap length may have cut it.
        final int payloadLength = Math.min(totalLength, available) - headerLength;
        if (fragmentOffset > 0)
        {
            line.append("IPv4 fragment ").append(source).append(" > ").append(destination)
                .append(" proto ").append(protocol).append(" offset ").append(fragmentOffset);
        }
        else if (protocol == PROTOCOL_ICMP)
        {
            line.append(describeIcmp(bytes, payload, payloadLength, source, destination));
        }
        else if (protocol == PROTOCOL_UDP && payloadLength >= 8)
        {
            line.append("UDP ").append(source).append(':').append(bytes.getShort(payload) & 0xFFFF)
                .append(" > ").append(destination).append(':').append(bytes.getShort(payload + 2) & 0xFFFF)
                .append(" length ").append(bytes.getShort(payload + 4) & 0xFFFF);
        }
        else if (protocol == PROTOCOL_TCP && payloadLength >= 14)
        {
            line.append("TCP ").append(source).append(':').append(bytes.getShort(payload) & 0xFFFF)
                .append(" > ").append(destination).append(':').append(bytes.getShort(payload + 2) & 0xFFFF)
                .append(" flags [").append(tcpFlags(bytes.get(payload + 13))).append(']');
        }
        else
        {
            line.append("IPv4 proto ").append(protocol).append(' ').append(source).append(" > ").append(destination);
        }
        line.append(" ttl ").append(ttl);
        if (moreFragments)
        {
            line.append(" more-fragments");
        }
        if (checksum(bytes, ip, headerLength) != 0)
        {
            line.append(" bad-ip-checksum");
        }
        // Only a whole ICMP message can be checked; a snap length may have cut it.
        if (protocol == PROTOCOL_ICMP && fragmentOffset == 0 && !moreFragments
            && payloadLength == totalLength - headerLength && checksum(bytes, payload, payloadLength) != 0)
        {
            line.append(" bad-icmp-checksum");
        }
        return line.toString();
    }

    private static String describeIcmp(
        final ByteBuffer bytes,
        final int icmp,
        final int available,
        final String source,
        final String destination)
    {
        if (available < 8)
        {
            return "malformed ICMP " + source + " > " + destination;
        }
        final int type = bytes.get(icmp) & 0xFF;
        final int code = bytes.get(icmp + 1) & 0xFF;
        final String between = " " + source + " > " + destination;
        final StringBuilder line = new StringBuilder("ICMP ");
        switch (type)
        {
            case 0, 8 -> line.append(type == 8 ? "echo request" : "echo reply").append(between)
                .append(" seq ").append(bytes.getShort(icmp + 6) & 0xFFFF);
            case 3 -> line.append("destination unreachable ").append(unreachable(code)).append(between)
                .append(quoted(bytes, icmp + 8, available - 8));
            case 11 -> line.append("time exceeded ").append(code == 0 ? "in-transit" : code == 1 ? "reassembly" : "code " + code)
                .append(between).append(quoted(bytes, icmp + 8, available - 8));
            case 5 -> line.append("redirect code ").append(code).append(between)
                .append(" gateway ").append(ip(bytes.getInt(icmp + 4))).append(quoted(bytes, icmp + 8, available - 8));
            default -> line.append("type ").append(type).append(" code ").append(code).append(between);
        }
        return line.toString();
    }

    /** The datagram an ICMP error quotes: its IPv4 header and first 8 bytes. */
    private static String quoted(final ByteBuffer bytes, final int ip, final int available)
    {
        if (available < IPV4_MIN_HEADER || (bytes.get(ip) & 0xF0) != 0x40)
        {
            return " for (unreadable)";
        }
        final int headerLength = (bytes.get(ip) & 0x0F) * 4;
        final int protocol = bytes.get(ip + 9) & 0xFF;
        final String source = ip(bytes.getInt(ip + 12));
        final String destination = ip(bytes.getInt(ip + 16));
        final int payload = ip + headerLength;
        final boolean haveEight = available >= headerLength + 8;
        if (protocol == PROTOCOL_ICMP && haveEight)
        {
            final int type = bytes.get(payload) & 0xFF;
            if (type == 8 || type == 0)
            {
                return " for ICMP echo " + (type == 8 ? "request " : "reply ") + source + " > " + destination
                    + " seq " + (bytes.getShort(payload + 6) & 0xFFFF);
            }
            return " for ICMP type " + type + " " + source + " > " + destination;
        }
        if ((protocol == PROTOCOL_UDP || protocol == PROTOCOL_TCP) && haveEight)
        {
            return " for " + (protocol == PROTOCOL_UDP ? "UDP " : "TCP ") + source + ':'
                + (bytes.getShort(payload) & 0xFFFF) + " > " + destination + ':' + (bytes.getShort(payload + 2) & 0xFFFF);
        }
        return " for proto " + protocol + " " + source + " > " + destination;
    }

    private static String unreachable(final int code)
    {
        return switch (code)
        {
            case 0 -> "net-unreachable";
            case 1 -> "host-unreachable";
            case 2 -> "protocol-unreachable";
            case 3 -> "port-unreachable";
            case 4 -> "fragmentation-needed";
            case 9, 10, 13 -> "admin-prohibited code " + code;
            default -> "code " + code;
        };
    }

    private static String tcpFlags(final byte flags)
    {
        final String letters = "FSRPAUEC";
        final StringBuilder text = new StringBuilder();
        for (int bit = 0; bit < letters.length(); bit++)
        {
            if ((flags & (1 << bit)) != 0)
            {
                text.append(letters.charAt(bit));
            }
        }
        return text.toString();
    }

    /** RFC 1071 sum over the range: 0 when the checksum inside it is right. */
    private static int checksum(final ByteBuffer bytes, final int offset, final int length)
    {
        long sum = 0;
        for (int i = 0; i + 1 < length; i += 2)
        {
            sum += bytes.getShort(offset + i) & 0xFFFF;
        }
        if ((length & 1) != 0)
        {
            sum += (bytes.get(offset + length - 1) & 0xFF) << 8;
        }
        while ((sum >>> 16) != 0)
        {
            sum = (sum & 0xFFFF) + (sum >>> 16);
        }
        return (int)(~sum & 0xFFFF);
    }

    private static long mac(final ByteBuffer bytes, final int offset)
    {
        return ((bytes.getShort(offset) & 0xFFFFL) << 32) | (bytes.getInt(offset + 2) & 0xFFFF_FFFFL);
    }

    private static String ip(final int address)
    {
        return (address >>> 24) + "." + ((address >>> 16) & 0xFF) + "." + ((address >>> 8) & 0xFF) + "." + (address & 0xFF);
    }
}
