package dev.nslab.pcap;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which devices are captured: all, or a set of {@code NS/DEV} names ({@code --capture NS/DEV[,NS/DEV...]}).
 * Checked once per device when its capture point opens, never per frame.
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
     * @param names {@code NS/DEV} names to capture.
     * @return a filter accepting only those devices.
     */
    public static CaptureFilter only(final Collection<String> names)
    {
        for (final String name : names)
        {
            requireQualified(name);
        }
        // Insertion order, not Set.copyOf's per-JVM random order: toString must be the same on every run.
        return new CaptureFilter(Collections.unmodifiableSet(new LinkedHashSet<>(names)));
    }

    /**
     * @param list {@code NS/DEV[,NS/DEV...]} as given to {@code --capture}; blank entries are ignored.
     * @return a filter accepting only the listed devices.
     * @throws IllegalArgumentException when an entry is not of the form {@code NS/DEV}.
     */
    public static CaptureFilter parse(final String list)
    {
        final Set<String> names = new LinkedHashSet<>();
        Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(names::add);
        return only(names);
    }

    /**
     * @param namespace namespace name.
     * @param device    device name.
     * @return whether frames of this device are captured.
     */
    public boolean accepts(final String namespace, final String device)
    {
        return null == names || names.contains(CaptureInterface.qualifiedName(namespace, device));
    }

    /**
     * @return the {@code NS/DEV} names accepted, in the order given, or empty when every device is: for a backend
     *     that must name what to capture up front (the kernel backend starts one tcpdump per device).
     */
    public Optional<Set<String>> names()
    {
        return Optional.ofNullable(names);
    }

    private static void requireQualified(final String name)
    {
        final int slash = name.indexOf('/');
        if (slash <= 0 || slash == name.length() - 1 || name.indexOf('/', slash + 1) >= 0)
        {
            throw new IllegalArgumentException("capture filter entry must be NS/DEV: \"" + name + "\"");
        }
    }

    @Override
    public String toString()
    {
        return null == names ? "all" : String.join(",", names);
    }
}
