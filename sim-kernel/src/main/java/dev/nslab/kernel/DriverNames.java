package dev.nslab.kernel;

import java.util.ArrayList;
import java.util.List;

import dev.nslab.pcap.CaptureFilter;
import dev.nslab.pcap.CaptureInterface;

/**
 * How the sandbox driver names what it captures, and the {@link CaptureInterface} each name stands for. The
 * driver's manifest gives each capture's namespace as a name under {@code /run/netns} and the sandbox's initial
 * namespace as the empty string; its filter takes {@code DEV} for the initial namespace and {@code NS/DEV} for
 * namespace {@code NS}, as {@code --capture} does.
 *
 * <p>Until the driver makes that change it names the initial namespace {@code host}, in its manifest and in the
 * filter names it matches: {@link #LEGACY_INITIAL_NAMESPACE} translates. It cannot tell a namespace named
 * {@code host} from the initial one; delete it with the driver change.
 */
final class DriverNames
{
    /** The driver's name for the sandbox's initial namespace before it writes the empty string. */
    private static final String LEGACY_INITIAL_NAMESPACE = "host";

    private DriverNames()
    {
    }

    /**
     * @param namespace the namespace field of a manifest record.
     * @param device    the device field.
     * @return the interface captured.
     * @throws IllegalArgumentException when a field is no name Linux gives.
     */
    static CaptureInterface interfaceOf(final String namespace, final String device)
    {
        final String name = namespace.equals(LEGACY_INITIAL_NAMESPACE) ? CaptureInterface.INITIAL_NAMESPACE : namespace;
        return new CaptureInterface(name, device, 0L);
    }

    /**
     * @param filter what {@code --capture} asked for.
     * @return the names to hand the driver: empty for every interface.
     */
    static List<String> filterNames(final CaptureFilter filter)
    {
        final List<String> names = new ArrayList<>();
        for (final String name : filter.names().orElse(java.util.Set.of()))
        {
            final CaptureInterface captured = CaptureInterface.named(name);
            names.add(captured.inInitialNamespace() ? LEGACY_INITIAL_NAMESPACE + "/" + captured.device() : name);
        }
        return names;
    }
}
