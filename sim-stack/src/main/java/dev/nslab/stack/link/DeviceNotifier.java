package dev.nslab.stack.link;

/**
 * What a protocol family hears of its namespace's devices, as the kernel's netdevice notifier chain tells inetdev
 * and addrconf (NETDEV_REGISTER, NETDEV_UP, ...). The link layer calls these at the points where the kernel sends the
 * events, so the family's work happens in the kernel's order; a family registers one with
 * {@link LinkNamespace#addNotifier}. Simulation thread only.
 */
public interface DeviceNotifier
{
    /** The device was registered in the namespace (NETDEV_REGISTER): it arrived, new or moved in. */
    void registered(NetDevice device);

    /** The device came up (NETDEV_UP). */
    void up(NetDevice device);

    /** The device went down (NETDEV_DOWN). */
    void down(NetDevice device);

    /** The device is leaving the namespace, moved or deleted, and is down already (NETDEV_UNREGISTER). */
    void unregistering(NetDevice device);

    /** The device's MTU changed from {@code oldMtu} (NETDEV_CHANGEMTU). */
    void mtuChanged(NetDevice device, int oldMtu);

    /** The device's hardware address was set, to a new value or the same (NETDEV_CHANGEADDR). */
    void addressChanged(NetDevice device);

    /** The device is about to take {@code newName} (NETDEV_CHANGENAME; sent before, so labels can follow). */
    void renaming(NetDevice device, String newName);

    /** Linkwatch set the up device's operational state (NETDEV_CHANGE). */
    void operStateChanged(NetDevice device);
}
