package dev.nslab.cli.graph;

/**
 * How wide text will be drawn, estimated without a font: the layout must leave room for names and addresses
 * before any renderer measures them. The figures are DejaVu Sans and DejaVu Sans Mono (what a Linux machine
 * without Helvetica or Arial falls back to, and wider than both), so the estimate errs on the wide side.
 */
final class TextMetrics
{
    /** DejaVu Sans Mono advances every character by 0.602 em. */
    private static final double MONOSPACE_EM = 0.61;

    /** Bold DejaVu Sans is about this much wider than regular. */
    private static final double BOLD_FACTOR = 1.1;

    private TextMetrics()
    {
    }

    /** @return the width of {@code text} in the sans-serif font at {@code size} px, bold or not. */
    static int sans(final String text, final int size, final boolean bold)
    {
        double em = 0;
        for (int i = 0; i < text.length(); i++)
        {
            em += advance(text.charAt(i));
        }
        return (int) Math.ceil(em * size * (bold ? BOLD_FACTOR : 1.0));
    }

    /** @return the width of {@code text} in the monospace font at {@code size} px. */
    static int monospace(final String text, final int size)
    {
        return (int) Math.ceil(text.codePointCount(0, text.length()) * size * MONOSPACE_EM);
    }

    /** DejaVu Sans advances in em, grouped: narrow letters, digits, capitals, wide letters, the rest. */
    private static double advance(final char c)
    {
        if ("iljtfrI.,:;!|' ".indexOf(c) >= 0)
        {
            return c == ' ' ? 0.32 : 0.36;
        }
        if (c == 'm' || c == 'w' || c == 'M' || c == 'W')
        {
            return 0.98;
        }
        if (Character.isDigit(c))
        {
            return 0.64;
        }
        if (Character.isUpperCase(c))
        {
            return 0.74;
        }
        if (c < 0x80)
        {
            return c == '-' || c == '(' || c == ')' || c == '/' ? 0.40 : 0.62;
        }
        // CJK and other wide scripts.
        return 1.0;
    }
}
