package dev.nslab.cli.emulation;

import dev.nslab.stack.netlink.NetlinkException;

/** How iproute2 reports a refused netlink request: {@code Error: <extack>} or {@code RTNETLINK answers: ...}, exit 2. */
final class NetlinkErrors
{
    private NetlinkErrors()
    {
    }

    static CommandExit fail(final Output out, final NetlinkException e)
    {
        return out.fail(text(e), 2);
    }

    static String text(final NetlinkException e)
    {
        return e.extack() != null ? "Error: " + e.extack() : "RTNETLINK answers: " + e.errno().message();
    }
}
