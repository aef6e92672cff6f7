package dev.nslab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/** The escape attempts of {@code escapes.txt}: scenario lines the gate must refuse, with its reason for each. */
final class EscapeAttempts
{
    /** One attempt: the scenario line as written, and the reason the gate gives after {@code FILE:LINE: }. */
    record Attempt(String line, String reason)
    {
    }

    private EscapeAttempts()
    {
    }

    static List<Attempt> list()
    {
        try (InputStream in = EscapeAttempts.class.getResourceAsStream("/escapes.txt"))
        {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\\s+\\|\\s+", 2))
                .map(parts -> new Attempt(parts[0].trim(), parts[1].trim()))
                .toList();
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    /** For {@code @MethodSource}: each attempt as (line, reason). */
    static Stream<Arguments> all()
    {
        return list().stream().map(attempt -> Arguments.of(attempt.line(), attempt.reason()));
    }
}
