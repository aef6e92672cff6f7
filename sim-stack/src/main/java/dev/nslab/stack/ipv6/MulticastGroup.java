package dev.nslab.stack.ipv6;

/**
 * A multicast group a device's IPv6 has joined (struct ifmcaddr6), or a left one whose leave is still being
 * reported (the tomb): how many users hold it and how many more change reports MLDv2 owes for it (mca_crcount).
 */
final class MulticastGroup
{
    final long high;
    final long low;
    int users = 1;
    int changeReportsLeft;
    /** MAF_NOREPORT: ff02::1 and groups of a smaller scope than the link are never reported. */
    final boolean noReport;
    /** MAF_LOADED: its Ethernet address is in the device's multicast list (scopes from the link up). */
    boolean loaded;
    /**
     * A bridge's all-snoopers group: its Ethernet address is the link layer's to hold (br_dev_open puts it in the
     * list before the families hear of NETDEV_UP), so MLD reports it but never loads or unloads it.
     */
    boolean heldByLink;

    MulticastGroup(final long high, final long low)
    {
        this.high = high;
        this.low = low;
        this.noReport = high == Ipv6Address.LINK_MULTICAST_HIGH && low == Ipv6Address.ALL_NODES_LOW
            || Ipv6Address.multicastScope(high) < 2;
    }

    boolean is(final long groupHigh, final long groupLow)
    {
        return high == groupHigh && low == groupLow;
    }
}
