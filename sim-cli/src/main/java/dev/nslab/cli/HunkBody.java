package dev.nslab.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The lines of one diff hunk, held until the hunk ends (its {@code @@} header, printed first, counts them). Small
 * hunks stay in memory; one that grows past {@link #IN_MEMORY_CHARS} goes on in a temporary file, deleted once the
 * hunk is printed, so a hunk of millions of lines costs no heap.
 */
final class HunkBody
{
    static final int IN_MEMORY_CHARS = 1 << 20;

    private final StringBuilder memory = new StringBuilder();
    private Path file;
    private Writer spill;

    void line(final char kind, final String text)
    {
        try
        {
            if (null == spill && memory.length() + text.length() > IN_MEMORY_CHARS)
            {
                file = Files.createTempFile("nslab-diff-hunk-", ".txt");
                spill = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
                spill.append(memory);
                memory.setLength(0);
            }
            if (null == spill)
            {
                memory.append(kind).append(text).append('\n');
            }
            else
            {
                spill.append(kind).append(text).append('\n');
            }
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException("cannot keep a long diff hunk in a temporary file", e);
        }
    }

    /** Writes the lines to {@code out} and forgets them. */
    void writeTo(final Appendable out) throws IOException
    {
        if (null == spill)
        {
            out.append(memory);
            memory.setLength(0);
            return;
        }
        try
        {
            spill.close();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8))
            {
                final char[] buffer = new char[1 << 16];
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer))
                {
                    out.append(CharBuffer.wrap(buffer, 0, read));
                }
            }
        }
        finally
        {
            discard();
        }
    }

    /** Drops the lines, the temporary file with them. */
    void discard()
    {
        memory.setLength(0);
        if (null != spill)
        {
            try
            {
                spill.close();
                Files.deleteIfExists(file);
            }
            catch (final IOException e)
            {
                // Only a temporary file is left behind.
            }
            spill = null;
            file = null;
        }
    }
}
