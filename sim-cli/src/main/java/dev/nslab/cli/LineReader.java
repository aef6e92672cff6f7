package dev.nslab.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The lines of a text read as a stream, split at {@code '\n'} only (a {@code '\r'} stays in its line, as the
 * transcripts' own splitting keeps it), the last one also when no newline ends it.
 */
final class LineReader implements Iterator<String>, AutoCloseable
{
    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int limit;
    private boolean ended;
    private String next;

    LineReader(final Reader in)
    {
        this.in = in;
    }

    @Override
    public boolean hasNext()
    {
        if (null == next && !ended)
        {
            next = read();
        }
        return null != next;
    }

    @Override
    public String next()
    {
        if (!hasNext())
        {
            throw new NoSuchElementException();
        }
        final String taken = next;
        next = null;
        return taken;
    }

    private String read()
    {
        try
        {
            while (true)
            {
                if (position == limit)
                {
                    limit = in.read(buffer);
                    position = 0;
                    if (limit < 0)
                    {
                        limit = 0;
                        ended = true;
                        return line.length() > 0 ? take() : null;
                    }
                }
                for (int i = position; i < limit; i++)
                {
                    if (buffer[i] == '\n')
                    {
                        line.append(buffer, position, i - position);
                        position = i + 1;
                        return take();
                    }
                }
                line.append(buffer, position, limit - position);
                position = limit;
            }
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    private String take()
    {
        final String taken = line.toString();
        line.setLength(0);
        return taken;
    }

    @Override
    public void close() throws IOException
    {
        in.close();
    }
}
