package dev.nslab.cli;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine;

/** Reads durations such as {@code 3s}, {@code 500ms}, {@code 1.5s}, {@code 2m} or {@code 1h}; they must be positive. */
final class DurationConverter implements CommandLine.ITypeConverter<Duration>
{
    private static final Pattern DURATION = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(ms|s|m|h)");

    @Override
    public Duration convert(final String text)
    {
        final Matcher matcher = DURATION.matcher(text.trim());
        if (!matcher.matches())
        {
            throw new CommandLine.TypeConversionException(
                "'" + text + "' is not a duration (examples: 3s, 500ms, 1.5s, 2m, 1h)");
        }
        final BigDecimal amount = new BigDecimal(matcher.group(1));
        final BigDecimal nanosPerUnit = switch (matcher.group(2))
        {
            case "ms" -> BigDecimal.valueOf(1_000_000L);
            case "s" -> BigDecimal.valueOf(1_000_000_000L);
            case "m" -> BigDecimal.valueOf(60_000_000_000L);
            default -> BigDecimal.valueOf(3_600_000_000_000L);
        };
        final BigDecimal total = amount.multiply(nanosPerUnit);
        if (total.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0)
        {
            throw new CommandLine.TypeConversionException("'" + text + "' is too long (at most about 292 years)");
        }
        final long nanos = total.longValue();
        if (nanos <= 0)
        {
            throw new CommandLine.TypeConversionException("'" + text + "' must be longer than zero");
        }
        return Duration.ofNanos(nanos);
    }
}
