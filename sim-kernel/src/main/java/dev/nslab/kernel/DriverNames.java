package dev.nslab.kernel;

import java.util.List;

import dev.nslab.pcap.CaptureFilter;
import dev.nslab.pcap.CaptureInterface;

/**
 * How the sandbox driver names what it captures, and the {@link CaptureInterface} each name stands for. The
 * driver's manifest gives each capture's namespace as a name under {@code /run/netns} and the sandbox's initial
 * namespace as the empty string; its filter takes {@code DEV} for the initial namespace and {@code NS/DEV} for
 * namespace {@code NS}, as {@code --capture} does.
 */
final class DriverNames
{
    private DriverNames()
    {
    }

    /**
     * @param namespace the namespace field of a manifest record (empty: the sandbox's initial namespace).
     * @param device    the device field.
     * @return the interface captured.
     * @throws IllegalArgumentException when a field is no name Linux gives.
     */
    static CaptureInterface interfaceOf(final String namespace, final String device)
    {
        return new CaptureInterface(namespace, device, 0L);
    }

    /**
     * @param filter what {@code --capture} asked for.
     * @return the names to hand the driver: empty for every interface.
     */
    static List<String> filterNames(final CaptureFilter filter)
    {
        return filter.names().map(List::copyOf).orElse(List.of());
    }
}
