package dev.nslab.pcap;

import java.util.List;
import java.util.Objects;

import dev.nslab.core.capture.CaptureSink;

/**
 * One captured device, and the names nslab gives it: the same on both backends and in every place a name appears
 * (files, pcapng {@code if_name}, {@code --capture}, {@code diff --pcap} summaries, the kernel backend's staging).
 *
 * <p>The scheme rests on Linux's own rules: a device name never holds {@code /} (nor {@code :} or white space) and
 * is never {@code .} or {@code ..}; a network namespace name never holds {@code /} and is never {@code .} or
 * {@code ..}; the initial namespace has no name. So no two interfaces share a name or a file:
 * <ul>
 * <li>interface name: {@code DEV} for a device of the initial namespace, {@code NS/DEV} for a device of namespace
 *     {@code NS};</li>
 * <li>per-interface pcap: {@code DEV.pcap} for the initial namespace, {@code netns/NS/DEV.pcap} for namespace
 *     {@code NS}, under the capture directory. The {@code netns} level keeps a device {@code x} of the initial
 *     namespace ({@code x.pcap}) apart from a namespace named {@code x.pcap} ({@code netns/x.pcap/...}).</li>
 * </ul>
 *
 * @param namespace namespace holding the device: {@link #INITIAL_NAMESPACE} (the empty string) for the initial
 *                  namespace, else its name under {@code /run/netns}.
 * @param device    device name as {@code ip link} shows it.
 * @param mac       the device's MAC address in the low 48 bits (0 when unknown).
 */
public record CaptureInterface(String namespace, String device, long mac)
{
    /** How the initial namespace is named where a namespace name is expected: it has no name. */
    public static final String INITIAL_NAMESPACE = CaptureSink.INITIAL_NAMESPACE;

    /** The directory, under a capture directory, that holds one directory per named namespace. */
    public static final String NETNS_DIRECTORY = "netns";

    /** Every per-interface capture file ends so. */
    public static final String PCAP_SUFFIX = ".pcap";

    private static final char SEPARATOR = '/';

    /**
     * Checks that both names are ones Linux could have given, so that the names derived from them are unique.
     *
     * @throws IllegalArgumentException when a name is not a device name or a namespace name.
     */
    public CaptureInterface
    {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(device, "device");
        if (!isInitial(namespace) && !isPathComponent(namespace))
        {
            throw new IllegalArgumentException("not a network namespace name: \"" + namespace + "\"");
        }
        if (!isPathComponent(device))
        {
            throw new IllegalArgumentException("not a device name: \"" + device + "\"");
        }
    }

    /**
     * @param interfaceName {@code DEV} or {@code NS/DEV}.
     * @return the interface so named, MAC unknown.
     * @throws IllegalArgumentException when the name is neither.
     */
    public static CaptureInterface named(final String interfaceName)
    {
        final int slash = interfaceName.indexOf(SEPARATOR);
        try
        {
            if (slash < 0)
            {
                return new CaptureInterface(INITIAL_NAMESPACE, interfaceName, 0L);
            }
            final String namespace = interfaceName.substring(0, slash);
            if (!isInitial(namespace))
            {
                return new CaptureInterface(namespace, interfaceName.substring(slash + 1), 0L);
            }
        }
        catch (final IllegalArgumentException e)
        {
            // Reported below, with the whole name.
        }
        throw new IllegalArgumentException("not an interface name (DEV or NS/DEV): \"" + interfaceName + "\"");
    }

    /**
     * @return {@code DEV} or {@code NS/DEV}: the pcapng if_name, the name {@code --capture} matches and summaries show.
     */
    public String interfaceName()
    {
        return interfaceName(namespace, device);
    }

    /**
     * @param namespace namespace name, {@link #INITIAL_NAMESPACE} for the initial namespace.
     * @param device    device name.
     * @return {@code DEV} for the initial namespace, {@code NS/DEV} otherwise.
     */
    public static String interfaceName(final String namespace, final String device)
    {
        return isInitial(namespace) ? device : namespace + SEPARATOR + device;
    }

    /**
     * @return whether the device is in the initial namespace.
     */
    public boolean inInitialNamespace()
    {
        return isInitial(namespace);
    }

    /**
     * @return the path of its pcap under a capture directory, one element per component:
     *     {@code [DEV.pcap]} or {@code [netns, NS, DEV.pcap]}.
     */
    public List<String> pcapPath()
    {
        final String file = device + PCAP_SUFFIX;
        return isInitial(namespace) ? List.of(file) : List.of(NETNS_DIRECTORY, namespace, file);
    }

    private static boolean isInitial(final String namespace)
    {
        return namespace.isEmpty();
    }

    /** What a directory entry may be called: not empty, no '/' nor NUL, not "." or "..". */
    private static boolean isPathComponent(final String name)
    {
        return !name.isEmpty() && name.indexOf(SEPARATOR) < 0 && name.indexOf('\0') < 0
            && !name.equals(".") && !name.equals("..");
    }
}
