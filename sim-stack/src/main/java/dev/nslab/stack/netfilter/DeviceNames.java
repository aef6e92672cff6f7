package dev.nslab.stack.netfilter;

/**
 * The names {@code -i} and {@code -o} compare with: the namespace's device of an ifindex. Netfilter sees devices
 * only through this, as the hook sees only their indexes; the namespace provides it.
 */
@FunctionalInterface
public interface DeviceNames
{
    /** @return the device's name, or the empty string for 0 or an index the namespace does not have. */
    String nameOf(int ifindex);
}
