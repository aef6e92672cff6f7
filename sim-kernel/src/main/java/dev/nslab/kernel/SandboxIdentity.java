package dev.nslab.kernel;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Who the sandbox's processes are on the machine: always one unprivileged uid, the root of the sandbox's own user
 * namespace and nothing more outside it.
 *
 * <p>When nslab runs as root, a root-only first step offers a tun node (so scenarios may make taps) and then drops
 * for good to {@link #SANDBOX_UID}, which no account has and which owns nothing on the machine. When nslab runs as a
 * normal user, that user's own uid is the sandbox's root; taps are possible only where that user may open
 * {@code /dev/net/tun}.
 *
 * <p>Captures need root too: tcpdump, started as root, changes its group list, which the kernel forbids in a user
 * namespace whose maps an unprivileged process wrote; root writes the sandbox's maps itself.
 *
 * @param uid            the machine uid the sandbox's root maps to.
 * @param preparedByRoot whether nslab is root and the sandbox starts with the root-only first step.
 * @param offersTun      whether a tun node is offered (root: made by the first step; user: {@link #TUN} is open to
 *                       it).
 */
record SandboxIdentity(int uid, boolean preparedByRoot, boolean offersTun)
{
    /** The uid a root nslab's sandbox runs as: outside the ranges accounts and containers are given. */
    static final int SANDBOX_UID = 2_000_000_000;

    /** What an unprivileged user gets when there is no account for it: the overflow uid. */
    static final int NOBODY_UID = 65534;

    static final Path TUN = Path.of("/dev/net/tun");

    /** @return the identity for this JVM's user. */
    static SandboxIdentity ofThisProcess()
    {
        final int euid = KernelPreflight.effectiveUid();
        if (euid == 0)
        {
            return new SandboxIdentity(SANDBOX_UID, true, Files.exists(TUN));
        }
        return new SandboxIdentity(euid, false, Files.isReadable(TUN) && Files.isWritable(TUN));
    }

    /** For tests run as root: exactly what a normal user without access to {@code /dev/net/tun} gets. */
    static SandboxIdentity unprivilegedUser()
    {
        return KernelPreflight.effectiveUid() == 0 ? new SandboxIdentity(NOBODY_UID, false, false) : ofThisProcess();
    }

    /** @return whether tcpdump can run in this sandbox (see the class comment). */
    boolean canCapture()
    {
        return preparedByRoot;
    }

    /** @return the tun node the driver binds for a normal user, or empty. */
    String ownTunNode()
    {
        return !preparedByRoot && offersTun ? TUN.toString() : "";
    }
}
