package dev.nslab.cli;

import java.util.List;
import java.util.Objects;

/**
 * Frames to replay into one device of the simulator ({@code --inject NS/DEV=FILE[@TIME]}), read and timed
 * already.
 *
 * @param namespace the namespace's name ({@code host} for the initial one).
 * @param device    the device's name.
 * @param source    where the frames came from, for messages.
 * @param frames    the frames in time order, with the virtual time each is injected at.
 */
public record Injection(String namespace, String device, String source, List<TimedFrame> frames)
{
    /**
     * @param timeNs virtual time in nanoseconds since the scenario started.
     * @param bytes  the Ethernet frame.
     */
    public record TimedFrame(long timeNs, byte[] bytes)
    {
    }

    /** Copies the list. */
    public Injection
    {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(device, "device");
        frames = List.copyOf(frames);
    }

    /** @return {@code NS/DEV}. */
    public String target()
    {
        return namespace + "/" + device;
    }
}
