package dev.nslab.pcap;

/**
 * One captured device, as the simulation named it when it opened the capture point.
 *
 * @param namespace namespace holding the device ({@code host} for the initial namespace).
 * @param device    device name as {@code ip link} shows it.
 * @param mac       the device's MAC address in the low 48 bits.
 */
public record CaptureInterface(String namespace, String device, long mac)
{
    /**
     * @return {@code NS/DEV}: the pcapng if_name and the name the capture filter matches.
     */
    public String qualifiedName()
    {
        return qualifiedName(namespace, device);
    }

    /**
     * @param namespace namespace name.
     * @param device    device name.
     * @return {@code NS/DEV}.
     */
    public static String qualifiedName(final String namespace, final String device)
    {
        return namespace + "/" + device;
    }

    /**
     * @return {@code NS-DEV.pcap}, with any character a file name cannot hold replaced by {@code _}.
     */
    public String pcapFileName()
    {
        return safe(namespace) + "-" + safe(device) + ".pcap";
    }

    private static String safe(final String name)
    {
        // Linux device and netns names cannot hold '/', but the Java API could be handed anything.
        final String replaced = name.replace('/', '_').replace('\0', '_');
        return replaced.equals(".") || replaced.equals("..") ? replaced.replace('.', '_') : replaced;
    }
}
