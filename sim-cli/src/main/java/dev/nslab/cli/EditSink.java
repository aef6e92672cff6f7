package dev.nslab.cli;

/**
 * Receives the alignment of two line sequences in order, one line at a time: a line both have, a line only the
 * old (left) one has, a line only the new (right) one has. What {@link WindowedAlignment} produces and the diff
 * printers consume.
 */
interface EditSink
{
    void common(String line);

    void removed(String line);

    void added(String line);
}
