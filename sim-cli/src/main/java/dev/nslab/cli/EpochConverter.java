package dev.nslab.cli;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;

import picocli.CommandLine;

/**
 * Reads {@code --epoch}: an ISO-8601 instant ({@code 2026-01-01T00:00:00Z}) or seconds since 1970 (
 * {@code 1767225600}, {@code 1767225600.5}). Captures store unsigned seconds, so it cannot be before 1970.
 */
final class EpochConverter implements CommandLine.ITypeConverter<Instant>
{
    @Override
    public Instant convert(final String text)
    {
        final String trimmed = text.trim();
        final Instant instant;
        try
        {
            instant = trimmed.matches("[0-9]+(\\.[0-9]{1,9})?") ? fromSeconds(trimmed) : Instant.parse(trimmed);
        }
        catch (final DateTimeException | ArithmeticException e)
        {
            throw new CommandLine.TypeConversionException("'" + text + "' is not an instant (examples: "
                + "2026-01-01T00:00:00Z, 1767225600)");
        }
        if (instant.isBefore(Instant.EPOCH) || instant.getEpochSecond() > 0xFFFF_FFFFL - 1_000_000L)
        {
            throw new CommandLine.TypeConversionException("'" + text + "' is outside what a capture can store "
                + "(1970-01-01 to 2106)");
        }
        return instant;
    }

    private static Instant fromSeconds(final String text)
    {
        final BigDecimal seconds = new BigDecimal(text);
        final long whole = seconds.toBigInteger().longValueExact();
        final int nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).intValueExact();
        return Instant.ofEpochSecond(whole, nanos);
    }
}
