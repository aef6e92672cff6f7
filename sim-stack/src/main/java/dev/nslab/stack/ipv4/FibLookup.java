package dev.nslab.stack.ipv4;

import dev.nslab.stack.netlink.NetlinkException.Errno;

/**
 * What fib_lookup answers for one flow (struct fib_result and the errno): the route, the table the kernel names as
 * its source, or the error. Reused by the frame path (one per namespace and use), so it is mutable.
 */
final class FibLookup
{
    /** The route used; null when none was found or a rule stopped the lookup. */
    Route route;
    /** The table id the kernel reports (res->table): main for a local route while the tables are merged. */
    int table;
    /** null on success; ENETUNREACH when nothing matched, or the error of the route type or rule action. */
    Errno error;

    void clear()
    {
        route = null;
        table = 0;
        error = null;
    }
}
