package dev.nslab.cli;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Frames to replay into one device of the simulator ({@code --inject [NS/]DEV=FILE[@TIME]}): a capture checked from
 * end to end already, read again from its file while the scenario runs, each frame when it comes due.
 *
 * @param namespace  the namespace's name, empty for the initial namespace (which has none).
 * @param device     the device's name.
 * @param source     the file as given, for messages.
 * @param file       the capture file.
 * @param startNs    virtual time of its first frame.
 * @param frameCount how many frames it holds.
 * @param lastTimeNs virtual time of its last frame, -1 when it holds none.
 */
public record Injection(String namespace, String device, String source, Path file, long startNs, long frameCount,
    long lastTimeNs)
{
    /** Checks the parts are there. */
    public Injection
    {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(file, "file");
    }

    /** @return {@code DEV} or {@code NS/DEV}, as captures name the device. */
    public String target()
    {
        return dev.nslab.pcap.CaptureInterface.interfaceName(namespace, device);
    }

    /**
     * Opens the capture again to replay it.
     *
     * @throws IllegalStateException when it can no longer be read as it was checked (the file changed).
     */
    InjectionStream open()
    {
        return new InjectionStream(this);
    }
}
