package dev.nslab.bench.echo;

/**
 * The least an ICMP echo between two IPv4 hosts costs in Java: the baseline nslab's echo is measured against. Two
 * hosts build and parse real Ethernet, IPv4 and ICMP headers in one frame buffer, with every RFC 1071 checksum done
 * in full (the IPv4 header and the whole 64-byte ICMP message, made on send and verified on receive), one route
 * lookup (the longest of a small table's prefixes) and one neighbour lookup (an open-addressed address-to-MAC table)
 * per packet, and a (time, sequence) binary heap of delivery events between them, as a discrete-event simulator
 * needs. Nothing else: no devices, counters, namespaces, sockets or capture hook. Allocation-free after
 * construction; one thread.
 */
public final class BareEchoLoop
{
    private static final int ETHERNET = 14;
    private static final int IP = 20;
    private static final int ICMP = 64;
    private static final int FRAME = ETHERNET + IP + ICMP;
    /** One-way latency of the link, as nslab's veth. */
    private static final long LATENCY_NS = 20_000;

    private final Host a;
    private final Host b;
    private final byte[] frame = new byte[FRAME];
    private final EventHeap events = new EventHeap(16);
    private long now;
    private int sequence;
    private boolean answered;

    public BareEchoLoop()
    {
        a = new Host(0x0A00_0101, 0x02AA_0000_0001L);
        b = new Host(0x0A00_0102, 0x02BB_0000_0002L);
        a.learn(b.address, b.mac);
        b.learn(a.address, a.mac);
    }

    /**
     * One echo request from A to B and its reply back, each hop through the event heap.
     *
     * @return the virtual time the reply arrived.
     */
    public long roundTrip()
    {
        sequence = (sequence + 1) & 0xFFFF;
        answered = false;
        a.sendEchoRequest(frame, b.address, sequence);
        events.push(now + LATENCY_NS, b);
        while (!events.isEmpty())
        {
            now = events.peekTime();
            final Host to = events.pop();
            if (to == b)
            {
                if (b.answerEcho(frame))
                {
                    events.push(now + LATENCY_NS, a);
                }
            }
            else
            {
                answered = a.isReplyTo(frame, sequence);
            }
        }
        if (!answered)
        {
            throw new IllegalStateException("no reply to echo " + sequence);
        }
        return now;
    }

    /** A host: one address and MAC, a route table and a neighbour table. */
    private static final class Host
    {
        final int address;
        final long mac;
        /** Routes as (prefix, length): the connected /24 and a default, looked up by longest match. */
        private final int[] prefixes;
        private final int[] lengths;
        private final int[] gateways;
        private final int[] neighbourKeys = new int[16];
        private final long[] neighbourMacs = new long[16];
        private int identification;

        Host(final int address, final long mac)
        {
            this.address = address;
            this.mac = mac;
            this.prefixes = new int[] {address & 0xFFFF_FF00, 0};
            this.lengths = new int[] {24, 0};
            this.gateways = new int[] {0, (address & 0xFFFF_FF00) | 0xFE};
        }

        void learn(final int neighbour, final long neighbourMac)
        {
            int slot = hash(neighbour);
            while (neighbourKeys[slot] != 0)
            {
                slot = (slot + 1) & 15;
            }
            neighbourKeys[slot] = neighbour;
            neighbourMacs[slot] = neighbourMac;
        }

        /** @return the next hop towards {@code destination}: the longest matching prefix's gateway, or itself. */
        private int route(final int destination)
        {
            int best = -1;
            for (int i = 0; i < prefixes.length; i++)
            {
                final int length = lengths[i];
                final int mask = length == 0 ? 0 : -1 << (32 - length);
                if ((destination & mask) == prefixes[i] && (best < 0 || length > lengths[best]))
                {
                    best = i;
                }
            }
            return gateways[best] == 0 ? destination : gateways[best];
        }

        /** @return the MAC of a neighbour, or -1 when there is none. */
        private long neighbour(final int nextHop)
        {
            int slot = hash(nextHop);
            while (neighbourKeys[slot] != 0)
            {
                if (neighbourKeys[slot] == nextHop)
                {
                    return neighbourMacs[slot];
                }
                slot = (slot + 1) & 15;
            }
            return -1;
        }

        private static int hash(final int key)
        {
            return (key * 0x9E37_79B9 >>> 28) & 15;
        }

        void sendEchoRequest(final byte[] frame, final int destination, final int sequence)
        {
            final long to = neighbour(route(destination));
            writeEthernet(frame, to, mac);
            writeIp(frame, address, destination);
            frame[ETHERNET + IP] = 8;
            frame[ETHERNET + IP + 1] = 0;
            putShort(frame, ETHERNET + IP + 4, 0x4242);
            putShort(frame, ETHERNET + IP + 6, sequence);
            for (int i = ETHERNET + IP + 8; i < FRAME; i++)
            {
                frame[i] = (byte) i;
            }
            writeIcmpChecksum(frame);
        }

        /** @return true when the frame was a valid echo request for us, now turned into the reply. */
        boolean answerEcho(final byte[] frame)
        {
            if (!isForUs(frame) || frame[ETHERNET + IP] != 8)
            {
                return false;
            }
            final int requester = getInt(frame, ETHERNET + 12);
            final long to = neighbour(route(requester));
            writeEthernet(frame, to, mac);
            writeIp(frame, address, requester);
            frame[ETHERNET + IP] = 0;
            writeIcmpChecksum(frame);
            return true;
        }

        boolean isReplyTo(final byte[] frame, final int sequence)
        {
            return isForUs(frame) && frame[ETHERNET + IP] == 0 && getShort(frame, ETHERNET + IP + 4) == 0x4242
                && getShort(frame, ETHERNET + IP + 6) == sequence;
        }

        /** Ethernet destination, IPv4 version, header checksum, destination, protocol, ICMP checksum. */
        private boolean isForUs(final byte[] frame)
        {
            return getMac(frame, 0) == mac && (frame[ETHERNET] & 0xFF) == 0x45
                && checksum(frame, ETHERNET, IP) == 0 && getInt(frame, ETHERNET + 16) == address
                && frame[ETHERNET + 9] == 1 && checksum(frame, ETHERNET + IP, ICMP) == 0;
        }

        private void writeIp(final byte[] frame, final int source, final int destination)
        {
            frame[ETHERNET] = 0x45;
            frame[ETHERNET + 1] = 0;
            putShort(frame, ETHERNET + 2, IP + ICMP);
            putShort(frame, ETHERNET + 4, identification++ & 0xFFFF);
            putShort(frame, ETHERNET + 6, 0x4000);
            frame[ETHERNET + 8] = 64;
            frame[ETHERNET + 9] = 1;
            putShort(frame, ETHERNET + 10, 0);
            putInt(frame, ETHERNET + 12, source);
            putInt(frame, ETHERNET + 16, destination);
            putShort(frame, ETHERNET + 10, checksum(frame, ETHERNET, IP));
        }

        private static void writeIcmpChecksum(final byte[] frame)
        {
            putShort(frame, ETHERNET + IP + 2, 0);
            putShort(frame, ETHERNET + IP + 2, checksum(frame, ETHERNET + IP, ICMP));
        }

        private static void writeEthernet(final byte[] frame, final long destination, final long source)
        {
            putMac(frame, 0, destination);
            putMac(frame, 6, source);
            putShort(frame, 12, 0x0800);
        }
    }

    /** RFC 1071: the one's complement of the one's complement sum of the 16-bit words. */
    static int checksum(final byte[] buffer, final int offset, final int length)
    {
        long sum = 0;
        final int end = offset + (length & ~1);
        for (int i = offset; i < end; i += 2)
        {
            sum += ((buffer[i] & 0xFF) << 8) | (buffer[i + 1] & 0xFF);
        }
        if ((length & 1) != 0)
        {
            sum += (buffer[end] & 0xFF) << 8;
        }
        while ((sum >>> 16) != 0)
        {
            sum = (sum & 0xFFFF) + (sum >>> 16);
        }
        return (int) (~sum & 0xFFFF);
    }

    private static void putShort(final byte[] buffer, final int at, final int value)
    {
        buffer[at] = (byte) (value >>> 8);
        buffer[at + 1] = (byte) value;
    }

    private static int getShort(final byte[] buffer, final int at)
    {
        return ((buffer[at] & 0xFF) << 8) | (buffer[at + 1] & 0xFF);
    }

    private static void putInt(final byte[] buffer, final int at, final int value)
    {
        putShort(buffer, at, value >>> 16);
        putShort(buffer, at + 2, value);
    }

    private static int getInt(final byte[] buffer, final int at)
    {
        return (getShort(buffer, at) << 16) | getShort(buffer, at + 2);
    }

    private static void putMac(final byte[] buffer, final int at, final long mac)
    {
        putShort(buffer, at, (int) (mac >>> 32));
        putInt(buffer, at + 2, (int) mac);
    }

    private static long getMac(final byte[] buffer, final int at)
    {
        return ((long) getShort(buffer, at) << 32) | (getInt(buffer, at + 2) & 0xFFFF_FFFFL);
    }

    /** Delivery events ordered by (time, sequence), as a simulator's queue: a binary heap on arrays. */
    private static final class EventHeap
    {
        private final long[] times;
        private final long[] sequences;
        private final Host[] targets;
        private int size;
        private long nextSequence;

        EventHeap(final int capacity)
        {
            times = new long[capacity];
            sequences = new long[capacity];
            targets = new Host[capacity];
        }

        boolean isEmpty()
        {
            return size == 0;
        }

        long peekTime()
        {
            return times[0];
        }

        void push(final long time, final Host target)
        {
            int at = size++;
            final long sequence = nextSequence++;
            while (at > 0)
            {
                final int parent = (at - 1) >>> 1;
                if (!before(time, sequence, times[parent], sequences[parent]))
                {
                    break;
                }
                move(parent, at);
                at = parent;
            }
            times[at] = time;
            sequences[at] = sequence;
            targets[at] = target;
        }

        Host pop()
        {
            final Host top = targets[0];
            size--;
            final long time = times[size];
            final long sequence = sequences[size];
            final Host target = targets[size];
            targets[size] = null;
            int at = 0;
            while (true)
            {
                int child = 2 * at + 1;
                if (child >= size)
                {
                    break;
                }
                if (child + 1 < size && before(times[child + 1], sequences[child + 1], times[child], sequences[child]))
                {
                    child++;
                }
                if (!before(times[child], sequences[child], time, sequence))
                {
                    break;
                }
                move(child, at);
                at = child;
            }
            if (size > 0)
            {
                times[at] = time;
                sequences[at] = sequence;
                targets[at] = target;
            }
            return top;
        }

        private static boolean before(final long time, final long sequence, final long otherTime,
            final long otherSequence)
        {
            return time < otherTime || time == otherTime && sequence < otherSequence;
        }

        private void move(final int from, final int to)
        {
            times[to] = times[from];
            sequences[to] = sequences[from];
            targets[to] = targets[from];
        }
    }
}
