package dev.nslab.cli.emulation;

/** The text form of {@link Fields}: what iproute2 prints without {@code -j}, an object's text kept until it ends. */
final class TextFields implements Fields
{
    private final StringBuilder text = new StringBuilder();
    private final boolean oneline;

    /** @param oneline {@code -o}: print_nl() writes a backslash, not a newline. */
    TextFields(final boolean oneline)
    {
        this.oneline = oneline;
    }

    /** @return what was printed since the last call, which it forgets. */
    String take()
    {
        final String taken = text.toString();
        text.setLength(0);
        return taken;
    }

    @Override
    public boolean isJson()
    {
        return false;
    }

    @Override
    public void string(final String key, final String format, final String value)
    {
        text.append(String.format(format, value));
    }

    @Override
    public void jsonString(final String key, final String value)
    {
    }

    @Override
    public void text(final String printed)
    {
        text.append(printed);
    }

    @Override
    public void number(final String key, final String format, final long value)
    {
        text.append(String.format(format, value));
    }

    @Override
    public void jsonNumber(final String key, final long value)
    {
    }

    @Override
    public void flag(final String key, final String printed)
    {
        text.append(printed);
    }

    @Override
    public void nullField(final String key, final String printed)
    {
        text.append(printed);
    }

    @Override
    public void jsonBool(final String key, final boolean value)
    {
    }

    @Override
    public void onOff(final String key, final String format, final boolean value)
    {
        text.append(String.format(format, value ? "on" : "off"));
    }

    @Override
    public void literal(final String key, final String format, final String value)
    {
        text.append(String.format(format, value));
    }

    @Override
    public void openObject(final String key)
    {
    }

    @Override
    public void closeObject()
    {
    }

    @Override
    public void openArray(final String key, final String printed)
    {
        text.append(printed);
    }

    @Override
    public void closeArray(final String printed)
    {
        text.append(printed);
    }

    @Override
    public void openJsonArray(final String key)
    {
    }

    @Override
    public void closeJsonArray()
    {
    }

    @Override
    public void newline()
    {
        text.append(oneline ? "\\" : "\n");
    }
}
