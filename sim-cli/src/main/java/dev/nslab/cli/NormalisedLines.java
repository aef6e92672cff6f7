package dev.nslab.cli;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;

import dev.nslab.cli.emulation.ExecutedCommands;
import dev.nslab.core.scenario.TranscriptNormaliser;

/** A transcript's lines as {@link TranscriptNormaliser} leaves them, normalised as they are read. */
final class NormalisedLines implements Iterator<String>
{
    private final Iterator<String> raw;
    private final ArrayDeque<String> ready = new ArrayDeque<>();
    private final TranscriptNormaliser normaliser =
        new TranscriptNormaliser(ready::addLast, ExecutedCommands::listsInHashOrder);
    private boolean finished;

    NormalisedLines(final Iterator<String> raw)
    {
        this.raw = raw;
    }

    @Override
    public boolean hasNext()
    {
        while (ready.isEmpty() && !finished)
        {
            if (raw.hasNext())
            {
                normaliser.line(raw.next());
            }
            else
            {
                normaliser.finish();
                finished = true;
            }
        }
        return !ready.isEmpty();
    }

    @Override
    public String next()
    {
        if (!hasNext())
        {
            throw new NoSuchElementException();
        }
        return ready.removeFirst();
    }
}
