package dev.nslab.core.capture;

/**
 * Where captured frames go: one sink per simulation (a pcapng file) or per directory (a pcap per interface).
 *
 * <p>The simulation opens one {@link CapturePoint} per device it captures, on the simulation thread, the first
 * time the device carries a frame. A sink never sees the stack's state: only names, a MAC and bytes.
 */
public interface CaptureSink extends AutoCloseable
{
    /** The namespace name {@link #open} is given for the initial namespace, which has no name. */
    String INITIAL_NAMESPACE = "";

    /**
     * Opens the capture point of one device. Simulation thread only.
     *
     * @param namespace name of the namespace holding the device, {@link #INITIAL_NAMESPACE} for the initial one
     *                  (so that a namespace named {@code host} is not taken for it).
     * @param device    device name as {@code ip link} shows it.
     * @param mac       the device's MAC address in the low 48 bits.
     * @return the point the device reports its frames to.
     */
    CapturePoint open(String namespace, String device, long mac);

    /** Writes everything still buffered and closes the files. Any thread, once. */
    @Override
    void close();
}
