package dev.nslab.cli.fuzz;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine;

/** {@code --time}: a positive whole number of seconds, minutes or hours ({@code 90s}, {@code 10m}, {@code 1h}). */
final class FuzzDuration implements CommandLine.ITypeConverter<Duration>
{
    private static final Pattern DURATION = Pattern.compile("([0-9]{1,9})(s|m|h)");

    @Override
    public Duration convert(final String text)
    {
        final Matcher matcher = DURATION.matcher(text.trim());
        if (!matcher.matches() || Long.parseLong(matcher.group(1)) == 0)
        {
            throw new CommandLine.TypeConversionException(
                "'" + text + "' is not a time limit (examples: 90s, 10m, 1h)");
        }
        final long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2))
        {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }
}
