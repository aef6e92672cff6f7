package dev.nslab.core.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A scenario: a shell script of {@code ip}, {@code ping} and {@code sysctl} lines that both backends run, one
 * command after the other, each printing into the transcript.
 */
public final class Scenario
{
    /** Longest physical line accepted, in characters. */
    public static final int MAX_LINE_LENGTH = 1024 * 1024;

    /** How messages name a scenario read from standard input ({@code nslab run -}). */
    public static final String STANDARD_INPUT = "<stdin>";

    private final String name;
    private final String text;
    private final List<ScenarioLine> lines;

    private Scenario(final String name, final String text, final List<ScenarioLine> lines)
    {
        this.name = name;
        this.text = text;
        this.lines = List.copyOf(lines);
    }

    /**
     * Reads and parses a scenario from a stream (standard input); its name in messages is {@link #STANDARD_INPUT}.
     *
     * @throws ScenarioException when it cannot be read, is not UTF-8 text, or holds a line nslab cannot run.
     */
    public static Scenario read(final java.io.InputStream in) throws ScenarioException
    {
        final byte[] bytes;
        try
        {
            bytes = in.readAllBytes();
        }
        catch (final IOException | OutOfMemoryError e)
        {
            throw ScenarioException.inFile(STANDARD_INPUT, "cannot read: " + oneLine(e.getMessage()));
        }
        return parse(STANDARD_INPUT, decode(STANDARD_INPUT, bytes));
    }

    /**
     * Reads and parses a scenario file; its name in messages is the path as given.
     *
     * @throws ScenarioException when the file is missing, unreadable, not UTF-8 text, or holds a line nslab cannot run.
     */
    public static Scenario read(final Path file) throws ScenarioException
    {
        final String fileName = file.toString();
        if (Files.isDirectory(file))
        {
            throw ScenarioException.inFile(fileName, "is a directory, not a scenario file");
        }
        final byte[] bytes;
        try
        {
            bytes = Files.readAllBytes(file);
        }
        catch (final NoSuchFileException e)
        {
            throw ScenarioException.inFile(fileName, "no such file");
        }
        catch (final AccessDeniedException e)
        {
            throw ScenarioException.inFile(fileName, "permission denied");
        }
        catch (final IOException | OutOfMemoryError e)
        {
            throw ScenarioException.inFile(fileName, "cannot read: " + oneLine(e.getMessage()));
        }
        return parse(fileName, decode(fileName, bytes));
    }

    /**
     * Parses scenario text.
     *
     * @param name how messages and transcripts name the scenario, usually its file name.
     * @throws ScenarioException for the first line nslab cannot run.
     */
    public static Scenario parse(final String name, final String text) throws ScenarioException
    {
        Objects.requireNonNull(name, "name");
        checkText(name, text);
        return new Scenario(name, text, ShellScanner.scan(name, text));
    }

    public String name()
    {
        return name;
    }

    public List<ScenarioLine> lines()
    {
        return lines;
    }

    /** @return the text the scenario was parsed from. */
    public String text()
    {
        return text;
    }

    private static String decode(final String fileName, final byte[] bytes) throws ScenarioException
    {
        try
        {
            return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        }
        catch (final CharacterCodingException e)
        {
            throw ScenarioException.inFile(fileName, "not a text file (invalid UTF-8)");
        }
    }

    private static void checkText(final String name, final String text) throws ScenarioException
    {
        int lineNumber = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++)
        {
            final char c = text.charAt(i);
            if (c == '\0')
            {
                throw ScenarioException.atLine(name, lineNumber, "not a text file (NUL byte)");
            }
            if (c == '\n')
            {
                lineNumber++;
                lineStart = i + 1;
            }
            else if (i - lineStart >= MAX_LINE_LENGTH)
            {
                throw ScenarioException.atLine(name, lineNumber, "line longer than 1 MiB");
            }
        }
    }

    private static String oneLine(final String message)
    {
        return message == null ? "I/O error" : message.replaceAll("\\s+", " ").trim();
    }
}
