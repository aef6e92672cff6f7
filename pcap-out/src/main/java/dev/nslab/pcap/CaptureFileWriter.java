package dev.nslab.pcap;

/**
 * Turns ring frames into one capture format's files. Writer thread only.
 */
interface CaptureFileWriter
{
    /**
     * Writes one frame record (creating the interface's file or IDB first when this is its first frame).
     *
     * @param pointId        which capture point recorded the frame; its {@link CaptureInterface} is registered.
     * @param timestampNs    nanoseconds since 1970-01-01T00:00:00Z.
     */
    void writeFrame(
        int pointId,
        long timestampNs,
        boolean outbound,
        byte[] buffer,
        int offset,
        int capturedLength,
        int originalLength) throws CaptureException;

    /** Writes out every staged record (the periodic flush). */
    void flush() throws CaptureException;

    /** Writes out everything and closes the files. */
    void close() throws CaptureException;

    /** After a failure: closes the files, keeping only whole records already written. */
    void abort();
}
