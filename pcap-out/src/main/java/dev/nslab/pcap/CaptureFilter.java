package dev.nslab.pcap;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which devices are captured: all, or a set of interface names, {@code DEV} for a device of the initial namespace
 * and {@code NS/DEV} for one of namespace {@code NS} ({@code --capture [NS/]DEV[,[NS/]DEV...]}, see
 * {@link CaptureInterface}). Checked once per device when its capture point opens, never per frame.
 */
public final class CaptureFilter
{
    private static final CaptureFilter ALL = new CaptureFilter(null);

    /** null means every device. */
    private final Set<String> names;

    private CaptureFilter(final Set<String> names)
    {
        this.names = names;
    }

    /**
     * @return a filter accepting every device.
     */
    public static CaptureFilter all()
    {
        return ALL;
    }

    /**
     * @param names interface names ({@code DEV} or {@code NS/DEV}) to capture.
     * @return a filter accepting only those devices.
     * @throws IllegalArgumentException when a name is neither {@code DEV} nor {@code NS/DEV}.
     */
    public static CaptureFilter only(final Collection<String> names)
    {
        for (final String name : names)
        {
            requireInterfaceName(name);
        }
        // Insertion order, not Set.copyOf's per-JVM random order: toString must be the same on every run.
        return new CaptureFilter(Collections.unmodifiableSet(new LinkedHashSet<>(names)));
    }

    /**
     * @param list {@code [NS/]DEV[,[NS/]DEV...]} as given to {@code --capture}; white space around an entry and
     *             blank entries are ignored (no device name holds white space or a comma; a namespace whose name
     *             does cannot be named here).
     * @return a filter accepting only the listed devices.
     * @throws IllegalArgumentException when an entry is neither {@code DEV} nor {@code NS/DEV}, or none is given.
     */
    public static CaptureFilter parse(final String list)
    {
        final Set<String> names = new LinkedHashSet<>();
        Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(names::add);
        if (names.isEmpty())
        {
            throw new IllegalArgumentException("capture filter names no interface: \"" + list + "\"");
        }
        return only(names);
    }

    /**
     * @param namespace namespace name, {@link CaptureInterface#INITIAL_NAMESPACE} for the initial namespace.
     * @param device    device name.
     * @return whether frames of this device are captured.
     */
    public boolean accepts(final String namespace, final String device)
    {
        return null == names || names.contains(CaptureInterface.interfaceName(namespace, device));
    }

    /**
     * @return the interface names accepted, in the order given, or empty when every device is: for a backend
     *     that must name what to capture up front (the kernel backend starts one tcpdump per device).
     */
    public Optional<Set<String>> names()
    {
        return Optional.ofNullable(names);
    }

    private static void requireInterfaceName(final String name)
    {
        try
        {
            CaptureInterface.named(name);
        }
        catch (final IllegalArgumentException e)
        {
            throw new IllegalArgumentException("capture filter entry must be DEV or NS/DEV: \"" + name + "\"");
        }
    }

    @Override
    public String toString()
    {
        return null == names ? "all" : String.join(",", names);
    }
}
