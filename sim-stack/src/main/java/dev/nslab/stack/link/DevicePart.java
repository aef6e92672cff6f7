package dev.nslab.stack.link;

/**
 * The key of one protocol family's part of every device (dev->ip_ptr, dev->ip6_ptr: in_device, inet6_dev), so a
 * device holds its families' state without the link layer knowing their types. Each family makes one key, once.
 *
 * @param <T> the family's per-device type
 */
public final class DevicePart<T>
{
    /** How many parts a device has room for: IPv4 and IPv6, and a spare. */
    static final int CAPACITY = 3;
    private static int created;

    final int index;

    /** @return the part's slot in every device, for {@link NetDevice#part(int)} on paths where a constant pays. */
    public int index()
    {
        return index;
    }

    public DevicePart()
    {
        synchronized (DevicePart.class)
        {
            if (created == CAPACITY)
            {
                throw new IllegalStateException("a device has room for " + CAPACITY + " parts");
            }
            this.index = created++;
        }
    }
}
