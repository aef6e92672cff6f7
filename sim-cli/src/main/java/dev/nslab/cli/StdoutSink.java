package dev.nslab.cli;

import java.io.PrintWriter;

import dev.nslab.core.scenario.TranscriptSink;

/**
 * The simulator's transcript on stdout: written through the writer's buffer, flushed when each command ends. The
 * simulator prints in virtual time, so a ping of millions of replies comes out as fast as it is made; flushing
 * every line would cost a system call per line, and per command is what a watcher needs.
 */
final class StdoutSink implements TranscriptSink
{
    private final PrintWriter out;

    StdoutSink(final PrintWriter out)
    {
        this.out = out;
    }

    @Override
    public void print(final String text)
    {
        out.print(text);
    }

    @Override
    public void commandEnded()
    {
        out.flush();
    }
}
