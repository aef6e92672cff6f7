package dev.nslab.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.nslab.core.scenario.TranscriptSink;

/**
 * One backend's transcript (or capture summary) kept in a temporary file while {@code nslab diff} runs, instead of
 * in memory, then read back as often as needed; the file is deleted on {@link #close()}.
 */
final class TranscriptSpool implements TranscriptSink, AutoCloseable
{
    private final Path file;
    private final Writer writer;

    private TranscriptSpool(final Path file, final Writer writer)
    {
        this.file = file;
        this.writer = writer;
    }

    /** @param side names the file, for whoever finds one left behind by a killed run. */
    static TranscriptSpool create(final String side) throws IOException
    {
        final Path file = Files.createTempFile("nslab-diff-" + side + "-", ".txt");
        try
        {
            return new TranscriptSpool(file,
                new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16));
        }
        catch (final IOException e)
        {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    @Override
    public void print(final String text)
    {
        try
        {
            writer.write(text);
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** @return the lines written so far, from the start; flushes what is buffered first. */
    LineReader lines() throws IOException
    {
        writer.flush();
        return new LineReader(Files.newBufferedReader(file, StandardCharsets.UTF_8));
    }

    @Override
    public void close()
    {
        try
        {
            writer.close();
        }
        catch (final IOException e)
        {
            // Deleted below anyway.
        }
        try
        {
            Files.deleteIfExists(file);
        }
        catch (final IOException e)
        {
            // Only a temporary file is left behind.
        }
    }
}
